/*
 * The kiosk's own words in Finnish, Finland-Swedish and English.
 *
 * Written to be said by a friendly peer, not an office: short sentences,
 * "sinä"/"du"/"you", and wherever someone types, what happens to what they
 * type. The printf-style entries keep the same conversions in the same order
 * in every language (tests/test_ui_kiosk.c checks it).
 */
#include "ui/i18n.h"

#include "core/timeutil.h"

#include <stdio.h>
#include <string.h>

static const char *const fi[T_COUNT] = {
    [T_TODAY] = "Tänään",
    [T_WEEK] = "Viikko",
    [T_ASK] = "Kysy mitä vain",
    [T_GROUPS] = "Ryhmät",
    [T_SERVICES] = "Palvelut",
    [T_OPEN_TODAY] = "Auki tänään %s–%s",
    [T_CLOSED_TODAY] = "Suljettu tänään",
    [T_CLOSED_NOW] = "Nyt kiinni",
    [T_NOW_ON_SITE] = "Nyt paikalla",
    [T_LATER_TODAY] = "Myöhemmin tänään",
    [T_GROUPS_TODAY] = "Ryhmät tänään",
    [T_NOBODY_NOW] = "Juuri nyt kukaan ei ole paikalla.",
    [T_UNTIL] = "–%s",
    [T_ARRIVES] = "tulee klo %s",
    [T_AWAY_TODAY] = "Ei tänään paikalla",
    [T_PLACES_LEFT] = "%d paikkaa",
    [T_ONE_PLACE_LEFT] = "1 paikka",
    [T_FULL_QUEUE] = "Täynnä · jono",
    [T_BACK] = "Takaisin",
    [T_HELP_NOW] = "Apua nyt",
    [T_HELP_TITLE] = "Tarvitsetko apua heti?",
    [T_CLOSE] = "Sulje",
    [T_CRISIS_TITLE] = "Et ole yksin",
    [T_CRISIS_TEXT] = "Kuulostaa raskaalta. Sinun ei tarvitse jäädä yksin: näihin voit olla "
		      "yhteydessä heti. Voit myös jutella kenen tahansa täällä olevan "
		      "työntekijän kanssa.",
    [T_TAKE_NUMBER] = "Ota vuoronumero",
    [T_TAKE_NUMBER_SUB] = "Ei nimeä. Työntekijä kutsuu numerosi.",
    [T_ASK_ANON] = "Kysy nimettömänä",
    [T_ASK_ANON_SUB] = "Vastaus tulee tälle näytölle.",
    [T_ANSWERED] = "Vastatut kysymykset",
    [T_ANSWERED_SUB] = "Mitä muut ovat kysyneet",
    [T_WHO_HELPS_TODAY] = "Tänään voi auttaa",
    [T_NOBODY_TOPIC_TODAY] = "Tänään paikalla ei ole tämän aiheen osaajaa. Voit silti kysyä "
			     "nimettömänä tai ottaa vuoronumeron.",
    [T_YOUR_NUMBER] = "Numerosi on",
    [T_NUMBER_HINT] = "Istahda ja odottele rauhassa: työntekijä kutsuu numerosi. Nimeä ei "
		      "kysytä.",
    [T_QUESTION_TITLE] = "Kirjoita kysymyksesi",
    [T_QUESTION_PRIVACY] = "Kysymys menee vain henkilökunnalle. Et kerro nimeäsi. Vastaus "
			   "voidaan julkaista nimettömänä.",
    [T_QUESTION_PLACEHOLDER] = "Kysy mitä vain…",
    [T_SEND] = "Lähetä",
    [T_QUESTION_SENT] = "Kysymys lähetetty",
    [T_QUESTION_SENT_SUB] = "Kiitos! Kun työntekijä vastaa, vastaus näkyy tämän aiheen "
			    "vastatuissa kysymyksissä.",
    [T_NO_ANSWERS] = "Vastattuja kysymyksiä ei ole vielä. Kysy sinä ensimmäisenä!",
    [T_SIGNUP] = "Ilmoittaudu",
    [T_JOIN_WAITLIST] = "Ilmoittaudu jonoon",
    [T_NICK_TITLE] = "Kirjoita nimimerkki (ei oikeaa nimeä tarvita)",
    [T_NICK_PRIVACY] = "Saat peruutuskoodin. Nimimerkkiäsi ei näytetä muille, ja se "
		       "poistetaan ryhmän jälkeen.",
    [T_NICK_PLACEHOLDER] = "Nimimerkki",
    [T_NICK_BLOCKED] = "Keksitkö toisen nimimerkin? Tätä ei voi käyttää.",
    [T_SIGNED_UP] = "Olet mukana!",
    [T_ON_WAITLIST] = "Olet jonossa",
    [T_YOUR_CODE] = "Peruutuskoodisi",
    [T_CODE_HINT] = "Ota koodista kuva tai kirjoita se muistiin. Sillä voit perua paikkasi "
		    "tällä näytöllä.",
    [T_CANCEL_PLACE] = "Peru paikkani",
    [T_CANCEL_TITLE] = "Kirjoita peruutuskoodi",
    [T_CANCEL_PLACEHOLDER] = "Koodi",
    [T_CANCEL_DO] = "Peru paikka",
    [T_CANCELLED] = "Paikkasi on peruttu",
    [T_CODE_UNKNOWN] = "Koodilla ei löytynyt ilmoittautumista. Tarkistatko koodin?",
    [T_SUGGEST_IDEA] = "Ehdota ryhmää",
    [T_IDEA_TITLE] = "Millainen ryhmä puuttuu?",
    [T_IDEA_PRIVACY] = "Idea menee henkilökunnalle. Et kerro nimeäsi. Hyvät ideat voidaan "
		       "julkaista nimettöminä.",
    [T_IDEA_PLACEHOLDER] = "Esim. lautapeli-ilta, salikaverit…",
    [T_IDEA_SENT] = "Kiitos ideasta! Henkilökunta lukee sen.",
    [T_NO_SESSIONS] = "Tulevia kertoja ei ole juuri nyt.",
    [T_NEXT_SESSIONS] = "Seuraavat kerrat",
    [T_SEARCH] = "Hae",
    [T_SEARCH_PLACEHOLDER] = "Hae, esim. asunto, kesätyö, raha…",
    [T_NO_RESULTS] = "Ei osumia. Kokeile toista sanaa tai kysy täällä olevilta.",
    [T_NO_SERVICES] = "Palveluita ei ole vielä lisätty. Kysy täällä olevilta, he tietävät, "
		      "mistä apua saa.",
    [T_ON_SITE_WHEN] = "Paikalla täällä",
    [T_CONTACT] = "Yhteystiedot",
    [T_IDLE_TITLE] = "Oletko vielä siellä?",
    [T_IDLE_TEXT] = "Näyttö palaa alkuun %d sekunnin päästä, ja kaikki kirjoitettu pyyhitään.",
    [T_STILL_HERE] = "Olen vielä tässä",
    [T_RESULT_RETURN] = "Näyttö palaa alkuun %d sekunnin päästä",
    [T_CLOSES_EARLY] = "Suljemme tänään jo klo %s",
    [T_THIS_WEEK] = "Tämä viikko",
    [T_IDEAS_PLANNED] = "Suunnitteilla: teidän ideoitanne",
    [T_ACCESS_TITLE] = "Tekstin koko ja värit",
    [T_ACCESS_SUB] = "Vain tälle käynnille: näyttö palaa tavalliseksi, kun lopetat.",
    [T_LARGE_TEXT] = "Isompi teksti",
    [T_HIGH_CONTRAST] = "Vahvat värit",
    [T_ON] = "päällä",
    [T_OFF] = "pois",
    [T_PERSON_WHEN] = "Paikalla",
    [T_PERSON_SPEAKS] = "Puhuu",
    [T_PERSON_HELPS] = "Voit kysyä",
    [T_PERSON_NOT_SOON] = "Ei paikalla tällä eikä ensi viikolla.",
    [T_NEXT_WEEK] = "Ensi viikko",
    [T_FIRST_NEXT] = "Ensimmäisenä paikalla: %s klo %s",
    [T_NO_CONTENT] = "Tervetuloa!",
    [T_NO_CONTENT_SUB] = "Tämä näyttö odottaa vielä sisältöä. Kysy täällä olevilta: he "
			 "auttavat mielellään.",
    [T_CLOSED_DAY] = "Suljettu",
    [T_CHANGED_HOURS] = "Poikkeava aukiolo",
    [T_DONE] = "Valmis",
    [T_OK] = "OK",
    [T_WEEKDAY_1] = "maanantai",
    [T_WEEKDAY_2] = "tiistai",
    [T_WEEKDAY_3] = "keskiviikko",
    [T_WEEKDAY_4] = "torstai",
    [T_WEEKDAY_5] = "perjantai",
    [T_WEEKDAY_6] = "lauantai",
    [T_WEEKDAY_7] = "sunnuntai",
    [T_WD_SHORT_1] = "ma",
    [T_WD_SHORT_2] = "ti",
    [T_WD_SHORT_3] = "ke",
    [T_WD_SHORT_4] = "to",
    [T_WD_SHORT_5] = "pe",
    [T_WD_SHORT_6] = "la",
    [T_WD_SHORT_7] = "su",
    [T_LANG_NAME] = "Suomi",
    [T_LEAVES_AT] = "lähtee jo %s",
    [T_EXTRA_VISIT] = "Lisäkäynti",
    [T_AWAY] = "Poissa",
    [T_NOBODY_TODAY] = "Tänään ei ole sovittuja vierailuja. Voit silti kysyä nimettömänä tai "
		       "katsoa viikosta, kuka tulee milloin.",
    [T_NO_SLOTS] = "Ei vierailuja",
    [T_NEXT_OPEN] = "Seuraavan kerran auki",
    [T_TOMORROW] = "Huomenna",
    [T_TAP_TO_WAKE] = "Kosketa näyttöä",
    [T_HELP_SUB] = "Näihin voit olla yhteydessä nimettömänä. Hätätilanteessa soita 112.",
    [T_WEEK_N] = "Viikko %d",
    [T_NOW] = "nyt",
};

static const char *const sv[T_COUNT] = {
    [T_TODAY] = "Idag",
    [T_WEEK] = "Veckan",
    [T_ASK] = "Fråga om allt",
    [T_GROUPS] = "Grupper",
    [T_SERVICES] = "Tjänster",
    [T_OPEN_TODAY] = "Öppet idag %s–%s",
    [T_CLOSED_TODAY] = "Stängt idag",
    [T_CLOSED_NOW] = "Stängt nu",
    [T_NOW_ON_SITE] = "På plats nu",
    [T_LATER_TODAY] = "Senare idag",
    [T_GROUPS_TODAY] = "Grupper idag",
    [T_NOBODY_NOW] = "Just nu är ingen på plats.",
    [T_UNTIL] = "–%s",
    [T_ARRIVES] = "kommer kl. %s",
    [T_AWAY_TODAY] = "Inte här idag",
    [T_PLACES_LEFT] = "%d platser",
    [T_ONE_PLACE_LEFT] = "1 plats",
    [T_FULL_QUEUE] = "Fullt · kö",
    [T_BACK] = "Tillbaka",
    [T_HELP_NOW] = "Hjälp nu",
    [T_HELP_TITLE] = "Behöver du hjälp genast?",
    [T_CLOSE] = "Stäng",
    [T_CRISIS_TITLE] = "Du är inte ensam",
    [T_CRISIS_TEXT] = "Det låter tungt. Du behöver inte vara ensam med det: här kan du få "
		      "kontakt direkt. Du kan också prata med vem som helst av oss som jobbar "
		      "här.",
    [T_TAKE_NUMBER] = "Ta ett könummer",
    [T_TAKE_NUMBER_SUB] = "Inget namn. Personalen ropar upp ditt nummer.",
    [T_ASK_ANON] = "Fråga anonymt",
    [T_ASK_ANON_SUB] = "Svaret kommer på den här skärmen.",
    [T_ANSWERED] = "Besvarade frågor",
    [T_ANSWERED_SUB] = "Vad andra har frågat",
    [T_WHO_HELPS_TODAY] = "De här kan hjälpa idag",
    [T_NOBODY_TOPIC_TODAY] = "Idag finns ingen på plats för just det här. Du kan ändå fråga "
			     "anonymt eller ta ett könummer.",
    [T_YOUR_NUMBER] = "Ditt nummer är",
    [T_NUMBER_HINT] = "Slå dig ner och vänta i lugn och ro: personalen ropar upp ditt nummer. "
		      "Ingen frågar efter ditt namn.",
    [T_QUESTION_TITLE] = "Skriv din fråga",
    [T_QUESTION_PRIVACY] = "Frågan går bara till personalen. Du säger inte ditt namn. Svaret "
			   "kan publiceras anonymt.",
    [T_QUESTION_PLACEHOLDER] = "Fråga vad du vill…",
    [T_SEND] = "Skicka",
    [T_QUESTION_SENT] = "Frågan är skickad",
    [T_QUESTION_SENT_SUB] = "Tack! När personalen har svarat syns svaret bland de besvarade "
			    "frågorna i det här ämnet.",
    [T_NO_ANSWERS] = "Inga besvarade frågor ännu. Fråga du först!",
    [T_SIGNUP] = "Anmäl dig",
    [T_JOIN_WAITLIST] = "Ställ dig i kö",
    [T_NICK_TITLE] = "Skriv ett smeknamn (inget riktigt namn behövs)",
    [T_NICK_PRIVACY] = "Du får en avbokningskod. Ditt smeknamn visas inte för andra och det "
		       "raderas efter gruppen.",
    [T_NICK_PLACEHOLDER] = "Smeknamn",
    [T_NICK_BLOCKED] = "Kan du hitta på ett annat smeknamn? Det här går inte att använda.",
    [T_SIGNED_UP] = "Du är med!",
    [T_ON_WAITLIST] = "Du står i kö",
    [T_YOUR_CODE] = "Din avbokningskod",
    [T_CODE_HINT] = "Ta en bild av koden eller skriv upp den. Med den kan du avboka din plats "
		    "på den här skärmen.",
    [T_CANCEL_PLACE] = "Avboka min plats",
    [T_CANCEL_TITLE] = "Skriv in avbokningskoden",
    [T_CANCEL_PLACEHOLDER] = "Kod",
    [T_CANCEL_DO] = "Avboka",
    [T_CANCELLED] = "Din plats är avbokad",
    [T_CODE_UNKNOWN] = "Koden hittade ingen anmälan. Kan du kolla koden?",
    [T_SUGGEST_IDEA] = "Föreslå en grupp",
    [T_IDEA_TITLE] = "Vilken grupp saknas?",
    [T_IDEA_PRIVACY] = "Idén går till personalen. Du säger inte ditt namn. Bra idéer kan "
		       "publiceras anonymt.",
    [T_IDEA_PLACEHOLDER] = "T.ex. spelkväll, gymkompisar…",
    [T_IDEA_SENT] = "Tack för idén! Personalen läser den.",
    [T_NO_SESSIONS] = "Inga kommande träffar just nu.",
    [T_NEXT_SESSIONS] = "Nästa träffar",
    [T_SEARCH] = "Sök",
    [T_SEARCH_PLACEHOLDER] = "Sök, t.ex. bostad, sommarjobb, pengar…",
    [T_NO_RESULTS] = "Inga träffar. Prova ett annat ord eller fråga oss som är här.",
    [T_NO_SERVICES] = "Inga tjänster har lagts till ännu. Fråga oss som är här, vi vet var "
		      "du kan få hjälp.",
    [T_ON_SITE_WHEN] = "På plats här",
    [T_CONTACT] = "Kontakt",
    [T_IDLE_TITLE] = "Är du kvar?",
    [T_IDLE_TEXT] = "Skärmen börjar om om %d sekunder och allt du skrivit raderas.",
    [T_STILL_HERE] = "Jag är kvar",
    [T_RESULT_RETURN] = "Skärmen börjar om om %d sekunder",
    [T_CLOSES_EARLY] = "I dag stänger vi redan kl. %s",
    [T_THIS_WEEK] = "Den här veckan",
    [T_IDEAS_PLANNED] = "Planeras: era idéer",
    [T_ACCESS_TITLE] = "Textstorlek och färger",
    [T_ACCESS_SUB] = "Bara för det här besöket: skärmen blir som vanligt när du slutar.",
    [T_LARGE_TEXT] = "Större text",
    [T_HIGH_CONTRAST] = "Starka färger",
    [T_ON] = "på",
    [T_OFF] = "av",
    [T_PERSON_WHEN] = "På plats",
    [T_PERSON_SPEAKS] = "Talar",
    [T_PERSON_HELPS] = "Du kan fråga om",
    [T_PERSON_NOT_SOON] = "Inte på plats den här eller nästa vecka.",
    [T_NEXT_WEEK] = "Nästa vecka",
    [T_FIRST_NEXT] = "Först på plats: %s kl. %s",
    [T_NO_CONTENT] = "Välkommen!",
    [T_NO_CONTENT_SUB] = "Skärmen väntar ännu på innehåll. Fråga oss som är här: vi hjälper "
			 "gärna.",
    [T_CLOSED_DAY] = "Stängt",
    [T_CHANGED_HOURS] = "Ändrade öppettider",
    [T_DONE] = "Klar",
    [T_OK] = "OK",
    [T_WEEKDAY_1] = "måndag",
    [T_WEEKDAY_2] = "tisdag",
    [T_WEEKDAY_3] = "onsdag",
    [T_WEEKDAY_4] = "torsdag",
    [T_WEEKDAY_5] = "fredag",
    [T_WEEKDAY_6] = "lördag",
    [T_WEEKDAY_7] = "söndag",
    [T_WD_SHORT_1] = "mån",
    [T_WD_SHORT_2] = "tis",
    [T_WD_SHORT_3] = "ons",
    [T_WD_SHORT_4] = "tor",
    [T_WD_SHORT_5] = "fre",
    [T_WD_SHORT_6] = "lör",
    [T_WD_SHORT_7] = "sön",
    [T_LANG_NAME] = "Svenska",
    [T_LEAVES_AT] = "går redan %s",
    [T_EXTRA_VISIT] = "Extra besök",
    [T_AWAY] = "Borta",
    [T_NOBODY_TODAY] = "Inga besök inbokade idag. Du kan ändå fråga anonymt eller kolla i "
		       "veckan vem som kommer när.",
    [T_NO_SLOTS] = "Inga besök",
    [T_NEXT_OPEN] = "Nästa gång öppet",
    [T_TOMORROW] = "I morgon",
    [T_TAP_TO_WAKE] = "Rör vid skärmen",
    [T_HELP_SUB] = "Du kan kontakta dem anonymt. I en nödsituation, ring 112.",
    [T_WEEK_N] = "Vecka %d",
    [T_NOW] = "nu",
};

static const char *const en[T_COUNT] = {
    [T_TODAY] = "Today",
    [T_WEEK] = "Week",
    [T_ASK] = "Ask anything",
    [T_GROUPS] = "Groups",
    [T_SERVICES] = "Services",
    [T_OPEN_TODAY] = "Open today %s–%s",
    [T_CLOSED_TODAY] = "Closed today",
    [T_CLOSED_NOW] = "Closed now",
    [T_NOW_ON_SITE] = "Here now",
    [T_LATER_TODAY] = "Later today",
    [T_GROUPS_TODAY] = "Groups today",
    [T_NOBODY_NOW] = "Nobody is here right now.",
    [T_UNTIL] = "–%s",
    [T_ARRIVES] = "arrives %s",
    [T_AWAY_TODAY] = "Not here today",
    [T_PLACES_LEFT] = "%d places left",
    [T_ONE_PLACE_LEFT] = "1 place left",
    [T_FULL_QUEUE] = "Full · waiting list",
    [T_BACK] = "Back",
    [T_HELP_NOW] = "Help now",
    [T_HELP_TITLE] = "Need help right now?",
    [T_CLOSE] = "Close",
    [T_CRISIS_TITLE] = "You are not alone",
    [T_CRISIS_TEXT] = "That sounds heavy. You don't have to be alone with it: you can reach "
		      "these people right now. You can also talk to any of the staff here.",
    [T_TAKE_NUMBER] = "Take a number",
    [T_TAKE_NUMBER_SUB] = "No name. Staff will call your number.",
    [T_ASK_ANON] = "Ask anonymously",
    [T_ASK_ANON_SUB] = "The answer appears on this screen.",
    [T_ANSWERED] = "Answered questions",
    [T_ANSWERED_SUB] = "What others have asked",
    [T_WHO_HELPS_TODAY] = "Who can help today",
    [T_NOBODY_TOPIC_TODAY] = "Nobody for this topic is here today. You can still ask "
			     "anonymously or take a number.",
    [T_YOUR_NUMBER] = "Your number is",
    [T_NUMBER_HINT] = "Have a seat and relax: staff will call your number. Nobody will ask "
		      "your name.",
    [T_QUESTION_TITLE] = "Write your question",
    [T_QUESTION_PRIVACY] = "Only staff see your question. You don't give your name. The "
			   "answer may be published here without it.",
    [T_QUESTION_PLACEHOLDER] = "Ask anything…",
    [T_SEND] = "Send",
    [T_QUESTION_SENT] = "Question sent",
    [T_QUESTION_SENT_SUB] = "Thanks! When staff answer, you'll find it under this topic's "
			    "answered questions.",
    [T_NO_ANSWERS] = "No answered questions yet. Be the first to ask!",
    [T_SIGNUP] = "Sign up",
    [T_JOIN_WAITLIST] = "Join the waiting list",
    [T_NICK_TITLE] = "Type a nickname (no real name needed)",
    [T_NICK_PRIVACY] = "You'll get a cancel code. Your nickname isn't shown to anyone else, "
		       "and it's deleted after the group.",
    [T_NICK_PLACEHOLDER] = "Nickname",
    [T_NICK_BLOCKED] = "Could you pick another nickname? This one can't be used.",
    [T_SIGNED_UP] = "You're in!",
    [T_ON_WAITLIST] = "You're on the waiting list",
    [T_YOUR_CODE] = "Your cancel code",
    [T_CODE_HINT] = "Take a photo of the code or write it down. With it you can cancel your "
		    "place on this screen.",
    [T_CANCEL_PLACE] = "Cancel my place",
    [T_CANCEL_TITLE] = "Type your cancel code",
    [T_CANCEL_PLACEHOLDER] = "Code",
    [T_CANCEL_DO] = "Cancel place",
    [T_CANCELLED] = "Your place is cancelled",
    [T_CODE_UNKNOWN] = "That code doesn't match a sign-up. Could you check it?",
    [T_SUGGEST_IDEA] = "Suggest a group",
    [T_IDEA_TITLE] = "What group is missing?",
    [T_IDEA_PRIVACY] = "Your idea goes to staff. You don't give your name. Good ideas may be "
		       "shared without it.",
    [T_IDEA_PLACEHOLDER] = "E.g. board game night, gym buddies…",
    [T_IDEA_SENT] = "Thanks for the idea! Staff will read it.",
    [T_NO_SESSIONS] = "No upcoming sessions right now.",
    [T_NEXT_SESSIONS] = "Next sessions",
    [T_SEARCH] = "Search",
    [T_SEARCH_PLACEHOLDER] = "Search, e.g. housing, summer job, money…",
    [T_NO_RESULTS] = "Nothing found. Try another word, or ask the people here.",
    [T_NO_SERVICES] = "No services have been added yet. Ask the people here: they know "
		      "where to find help.",
    [T_ON_SITE_WHEN] = "Here on site",
    [T_CONTACT] = "Contact",
    [T_IDLE_TITLE] = "Are you still there?",
    [T_IDLE_TEXT] = "The screen starts over in %d seconds and anything typed is erased.",
    [T_STILL_HERE] = "I'm still here",
    [T_RESULT_RETURN] = "Back to the start in %d seconds",
    [T_CLOSES_EARLY] = "We close early today, at %s",
    [T_THIS_WEEK] = "This week",
    [T_IDEAS_PLANNED] = "Being planned: your ideas",
    [T_ACCESS_TITLE] = "Text size and colours",
    [T_ACCESS_SUB] = "Just for this visit: the screen goes back to normal when you are done.",
    [T_LARGE_TEXT] = "Larger text",
    [T_HIGH_CONTRAST] = "Strong colours",
    [T_ON] = "on",
    [T_OFF] = "off",
    [T_PERSON_WHEN] = "On site",
    [T_PERSON_SPEAKS] = "Speaks",
    [T_PERSON_HELPS] = "You can ask about",
    [T_PERSON_NOT_SOON] = "Not on site this week or next.",
    [T_NEXT_WEEK] = "Next week",
    [T_FIRST_NEXT] = "First in: %s at %s",
    [T_NO_CONTENT] = "Welcome!",
    [T_NO_CONTENT_SUB] = "This screen is still waiting for its content. Ask the people here: "
			 "they're happy to help.",
    [T_CLOSED_DAY] = "Closed",
    [T_CHANGED_HOURS] = "Changed hours",
    [T_DONE] = "Done",
    [T_OK] = "OK",
    [T_WEEKDAY_1] = "Monday",
    [T_WEEKDAY_2] = "Tuesday",
    [T_WEEKDAY_3] = "Wednesday",
    [T_WEEKDAY_4] = "Thursday",
    [T_WEEKDAY_5] = "Friday",
    [T_WEEKDAY_6] = "Saturday",
    [T_WEEKDAY_7] = "Sunday",
    [T_WD_SHORT_1] = "Mon",
    [T_WD_SHORT_2] = "Tue",
    [T_WD_SHORT_3] = "Wed",
    [T_WD_SHORT_4] = "Thu",
    [T_WD_SHORT_5] = "Fri",
    [T_WD_SHORT_6] = "Sat",
    [T_WD_SHORT_7] = "Sun",
    [T_LANG_NAME] = "English",
    [T_LEAVES_AT] = "leaves at %s",
    [T_EXTRA_VISIT] = "Extra visit",
    [T_AWAY] = "Away",
    [T_NOBODY_TODAY] = "No visits planned today. You can still ask anonymously, or check the "
		       "week to see who comes when.",
    [T_NO_SLOTS] = "No visits",
    [T_NEXT_OPEN] = "Next open",
    [T_TOMORROW] = "Tomorrow",
    [T_TAP_TO_WAKE] = "Touch the screen",
    [T_HELP_SUB] = "You can contact them without giving your name. In an emergency, call 112.",
    [T_WEEK_N] = "Week %d",
    [T_NOW] = "now",
};

static const char *const *table(const char *lang)
{
	if (lang && strcmp(lang, "fi") == 0)
		return fi;
	if (lang && strcmp(lang, "sv") == 0)
		return sv;
	return en;
}

const char *tx(const char *lang, text_id_t id)
{
	if ((int)id < 0 || id >= T_COUNT)
		return "";
	const char *s = table(lang)[id];
	if (!s)
		s = en[id];
	return s ? s : "";
}

void tx_date(const char *lang, int day, bool long_form, char *out, int cap)
{
	static const char *const months[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	int y, m, d;
	if (cap <= 0)
		return;
	day_to_ymd(day, &y, &m, &d);
	int wd = day_weekday(day);
	const char *name = tx(lang, (text_id_t)((long_form ? T_WEEKDAY_1 : T_WD_SHORT_1) + wd - 1));
	if (table(lang) == en)
		snprintf(out, (size_t)cap, "%s %d %s", name, d, months[(m - 1) % 12]);
	else
		snprintf(out, (size_t)cap, "%s %d.%d.", name, d, m);
}
