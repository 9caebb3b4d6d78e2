/*
 * kapp_staff_notes: what the app itself tells staff after something it did (the
 * staff screens' own words are in staff/staff_tx.c). A detail after the colon
 * comes from the layer that knows it (an import's reason, an error), in
 * English like the log and the report on the stick.
 */
#if OVI_HAVE_PLATFORM
#include "app/kapp_staff.h"

#include "core/tr.h"

#include <string.h>

static const char *const fi[SN_COUNT] = {
	[SN_FAILED] = "Ei onnistunut: %s",
	[SN_NO_PINS] = "Henkilökunnan PIN-koodia ei ole asetettu. Lisää se komennolla "
		       "\"ovi staff-pin add NIMI\".",
	[SN_NO_STICK] = "USB-tikkua ei löytynyt. Aseta tikku ja yritä uudelleen.",
	[SN_IMPORTED] = "Tikun sisältö on nyt käytössä (versio %lld).",
	[SN_IMPORT_NOTHING] = "Tikulla ei ollut uutta sisältöä: %s",
	[SN_IMPORT_REFUSED] = "Tikun sisältöä ei otettu käyttöön, vanha sisältö jatkaa: %s",
	[SN_ROLLED_BACK] = "Palattiin edelliseen sisältöön (versio %lld).",
	[SN_ROLLBACK_FAILED] = "Edelliseen sisältöön ei voitu palata: %s",
	[SN_EXPORTED] = "Tiedot vietiin tikulle kansioon %s. Tikun voi irrottaa.",
	[SN_EXPORT_FAILED] = "Tietoja ei voitu viedä tikulle: %s",
	[SN_STICK_PROTECTED] =
		"Tikku on kirjoitussuojattu. Siirrä tikun kyljessä oleva lukitus "
		"auki, aseta tikku uudelleen ja yritä uudelleen. Kioskin tiedot ovat "
		"tallessa.",
	[SN_STICK_FULL] = "Tikku on täynnä. Tee sille tilaa tai käytä toista tikkua ja yritä "
			  "uudelleen. Kioskin tiedot ovat tallessa.",
	[SN_STICK_GONE] = "Tikku irrotettiin ennen kuin vienti valmistui. Aseta se uudelleen ja "
			  "vie tiedot uudelleen. Kioskin tiedot ovat tallessa.",
	[SN_STICK_READ_ONLY] = "Tikulle ei voi kirjoittaa tällä laitteella (se on liitetty vain "
			       "luettavaksi). Kioskin tiedot ovat tallessa.",
	[SN_CLOCK_SYSTEM] = "Kello on nyt %s.",
	[SN_CLOCK_KIOSK] = "Kioskin kello on nyt %s. Järjestelmän kelloa ei muutettu (%s), "
			   "joten asetus on voimassa seuraavaan uudelleenkäynnistykseen asti.",
	[SN_PUBLISHED] = "Vastaus julkaistiin.",
	[SN_HIDDEN] = "Kysymys piilotettiin.",
	[SN_SESSION_CANCELLED] = "Ryhmäkerta peruttiin. Nuorten näytöt kertovat sen.",
	[SN_SIGNUP_REMOVED] = "Ilmoittautuminen poistettiin.",
	[SN_WORKING] = "Hetki, tämä voi kestää hetken…",
};

static const char *const sv[SN_COUNT] = {
	[SN_FAILED] = "Det gick inte: %s",
	[SN_NO_PINS] = "Ingen PIN-kod för personalen har ställts in. Lägg till en med "
		       "\"ovi staff-pin add NAMN\".",
	[SN_NO_STICK] = "Ingen USB-sticka hittades. Sätt i en sticka och försök igen.",
	[SN_IMPORTED] = "Innehållet från stickan används nu (version %lld).",
	[SN_IMPORT_NOTHING] = "Inget nytt innehåll på stickan: %s",
	[SN_IMPORT_REFUSED] = "Innehållet på stickan togs inte i bruk, det gamla fortsätter: %s",
	[SN_ROLLED_BACK] = "Det föregående innehållet används igen (version %lld).",
	[SN_ROLLBACK_FAILED] = "Det gick inte att återgå till det föregående innehållet: %s",
	[SN_EXPORTED] = "Uppgifterna sparades på stickan i mappen %s. Stickan kan tas ut.",
	[SN_EXPORT_FAILED] = "Uppgifterna kunde inte sparas på stickan: %s",
	[SN_STICK_PROTECTED] = "Stickan är skrivskyddad. Skjut låset på stickans sida till "
			       "öppet läge, sätt i den igen och försök på nytt. Kioskens uppgifter "
			       "är i tryggt förvar.",
	[SN_STICK_FULL] = "Stickan är full. Frigör utrymme eller använd en annan sticka och "
			  "försök igen. Kioskens uppgifter är i tryggt förvar.",
	[SN_STICK_GONE] = "Stickan togs ut innan exporten var klar. Sätt i den igen och "
			  "exportera på nytt. Kioskens uppgifter är i tryggt förvar.",
	[SN_STICK_READ_ONLY] = "Den här enheten kan inte skriva på stickan (den är monterad "
			       "skrivskyddad). Kioskens uppgifter är i tryggt förvar.",
	[SN_CLOCK_SYSTEM] = "Klockan är nu %s.",
	[SN_CLOCK_KIOSK] = "Kioskens klocka är nu %s. Systemets klocka ändrades inte (%s), så "
			   "inställningen gäller till nästa omstart.",
	[SN_PUBLISHED] = "Svaret publicerades.",
	[SN_HIDDEN] = "Frågan doldes.",
	[SN_SESSION_CANCELLED] = "Gruppträffen ställdes in. De ungas skärmar säger det.",
	[SN_SIGNUP_REMOVED] = "Anmälan togs bort.",
	[SN_WORKING] = "Ett ögonblick, det här kan ta en stund…",
};

static const char *const en[SN_COUNT] = {
	[SN_FAILED] = "That did not work: %s",
	[SN_NO_PINS] = "No staff PIN has been set. Add one with \"ovi staff-pin add NAME\".",
	[SN_NO_STICK] = "No USB stick found. Put one in and try again.",
	[SN_IMPORTED] = "The content from the stick is in use now (version %lld).",
	[SN_IMPORT_NOTHING] = "Nothing new on the stick: %s",
	[SN_IMPORT_REFUSED] = "The stick's content was refused; the old content stays: %s",
	[SN_ROLLED_BACK] = "Back to the previous content (version %lld).",
	[SN_ROLLBACK_FAILED] = "Could not go back to the previous content: %s",
	[SN_EXPORTED] = "The data is on the stick in %s. The stick can be pulled out.",
	[SN_EXPORT_FAILED] = "Could not write the data to the stick: %s",
	[SN_STICK_PROTECTED] = "The stick is write-protected. Slide the lock on its side to "
			       "unlocked, put it in again and try again. The kiosk's data is safe.",
	[SN_STICK_FULL] = "The stick is full. Make room on it or use another stick, and try "
			  "again. The kiosk's data is safe.",
	[SN_STICK_GONE] = "The stick was pulled out before the export finished. Put it in again "
			  "and export again. The kiosk's data is safe.",
	[SN_STICK_READ_ONLY] = "This device cannot write to the stick (it is mounted read-only). "
			       "The kiosk's data is safe.",
	[SN_CLOCK_SYSTEM] = "The clock is now %s.",
	[SN_CLOCK_KIOSK] = "The kiosk's clock is now %s. The system clock was not changed (%s), "
			   "so this holds until the next restart.",
	[SN_PUBLISHED] = "The answer is published.",
	[SN_HIDDEN] = "The question is hidden.",
	[SN_SESSION_CANCELLED] = "The session is cancelled. The youth screens say so.",
	[SN_SIGNUP_REMOVED] = "The sign-up is removed.",
	[SN_WORKING] = "One moment, this can take a while…",
};

const char *kapp_staff_note(const char *lang, kapp_staff_note_t id)
{
	if (id < 0 || id >= SN_COUNT)
		return "";
	const char *const *t[] = {fi, sv, en};
	return t[tr_frame(lang)][id];
}
#endif
