/*
 * gs_fixture_data: the demo content's groups and services in fi, sv and en
 * (content/groups.csv, services.csv, organisations.csv), for gs_fixture.h.
 */
#ifndef OVI_TEST_GS_FIXTURE_DATA_H
#define OVI_TEST_GS_FIXTURE_DATA_H

typedef struct gsf_service {
	const char *id, *sector, *logo, *phone, *web, *email;
	const char *name[3], *org[3], *p1[3], *p2[3], *p3[3]; /* fi, sv, en */
} gsf_service_t;

static const gsf_service_t gsf_services[] = {
	{
		.id = "nuoriso-etsiva",
		.sector = "wellbeing",
		.logo = "photos/org-nuoriso.png",
		.phone = "0800 100 200",
		.web = "https://nuorisopalvelut.example/etsiva",
		.email = "etsiva@nuorisopalvelut.example",
		.name = {"Etsivä nuorisotyö", "Uppsökande ungdomsarbete", "Outreach youth work"},
		.org = {"Kaupungin nuorisopalvelut", "Stadens ungdomstjänster",
			"City Youth Services"},
		.p1 = {"Tukea alle 29-vuotiaille, kun koulu tai työ ei juuri nyt suju",
		       "Stöd för unga under 29 när skola eller jobb inte fungerar just nu",
		       "Support for under-29s when school or work isn't going well right now"},
		.p2 = {"Tavataan siellä, missä sinulle sopii", "Vi träffas där det passar dig",
		       "We meet wherever suits you"},
		.p3 = {"Maksutonta ja vapaaehtoista", "Gratis och frivilligt",
		       "Free and voluntary"},
	},
	{
		.id = "tyollisyys-nuoret",
		.sector = "work",
		.logo = "photos/org-tyollisyys.png",
		.phone = "",
		.web = "https://tyollisyyspalvelut.example",
		.email = "nuoret@tyollisyyspalvelut.example",
		.name = {"Nuorten työllisyyspalvelut", "Sysselsättningstjänster för unga",
			 "Employment services for young people"},
		.org = {"Työllisyyspalvelut", "Sysselsättningstjänsterna", "Employment Services"},
		.p1 = {"Apua työnhakijaksi ilmoittautumiseen Työmarkkinatorilla",
		       "Hjälp att anmäla dig som arbetssökande på Jobbmarknad Finland",
		       "Help registering as a jobseeker on the Job Market Finland service"},
		.p2 = {"Työkokeilu, palkkatuki ja kesätyöseteli",
		       "Arbetsprövning, lönesubvention och sommarjobbssedel",
		       "Work trials, pay subsidy and the summer job voucher"},
		.p3 = {"Tukea ammatinvalintaan ja koulutukseen hakemiseen",
		       "Stöd i yrkesval och när du söker utbildning",
		       "Support with choosing a career and applying for training"},
	},
	{
		.id = "kela-nuoret",
		.sector = "money",
		.logo = "photos/org-kela.png",
		.phone = "",
		.web = "https://www.kela.fi",
		.email = "",
		.name = {"Kelan tuet nuorille", "FPA:s stöd för unga",
			 "Kela benefits for young people"},
		.org = {"Kela", "FPA", "Kela"},
		.p1 = {"Opintotuki, asumistuki ja perustoimeentulotuki",
		       "Studiestöd, bostadsbidrag och grundläggande utkomststöd",
		       "Student financial aid, housing allowance and basic social assistance"},
		.p2 = {"Apua hakemusten tekemiseen OmaKelassa", "Hjälp med ansökningar i MittFPA",
		       "Help with applications in OmaKela"},
		.p3 = {"Kuntoutusta nuorille, esimerkiksi NUOTTI-valmennus",
		       "Rehabilitering för unga, till exempel NUOTTI-coachning",
		       "Rehabilitation for young people, such as NUOTTI coaching"},
	},
	{
		.id = "hva-mielenterveys",
		.sector = "wellbeing",
		.logo = "photos/org-hyvinvointialue.png",
		.phone = "",
		.web = "https://jarvimaa-hyvinvointialue.example/nuoret",
		.email = "",
		.name = {"Nuorten mielenterveys- ja päihdepalvelut",
			 "Mentalvårds- och missbrukstjänster för unga",
			 "Youth mental health and substance use services"},
		.org = {"Järvimaan hyvinvointialue", "Järvimaa välfärdsområde",
			"Järvimaa Wellbeing Services County"},
		.p1 = {"Psykiatrinen sairaanhoitaja tavattavissa Ohjaamossa",
		       "Psykiatrisk sjukskötare på plats i Ohjaamo",
		       "A psychiatric nurse you can see at Ohjaamo"},
		.p2 = {"Yhteyttä voi ottaa ilman lähetettä", "Du kan ta kontakt utan remiss",
		       "You can get in touch without a referral"},
		.p3 = {"Myös päihteisiin ja pelaamiseen liittyvät huolet",
		       "Också oro kring droger, alkohol och spelande",
		       "Worries about alcohol, drugs or gambling too"},
	},
	{
		.id = "kotipolku-asuminen",
		.sector = "housing",
		.logo = "photos/org-kotipolku.png",
		.phone = "",
		.web = "https://kotipolku.example",
		.email = "neuvonta@kotipolku.example",
		.name = {"Kotipolku: asumisneuvonta", "Kotipolku: boenderådgivning",
			 "Kotipolku: housing advice"},
		.org = {"Kotipolku ry – nuorten asumisneuvonta",
			"Kotipolku rf – boenderådgivning för unga",
			"Kotipolku – housing advice for young people"},
		.p1 = {"Apua ensimmäisen vuokra-asunnon hakemiseen",
		       "Hjälp att söka din första hyresbostad",
		       "Help finding your first rented flat"},
		.p2 = {"Neuvoja vuokrarästeihin ja häätöuhkaan",
		       "Råd vid hyresskulder och hot om vräkning",
		       "Advice on rent arrears and the threat of eviction"},
		.p3 = {"Tukea, jos asunto on lähtemässä alta",
		       "Stöd om du riskerar att bli bostadslös",
		       "Support if you're at risk of losing your home"},
	},
	{
		.id = "seurakunta-nuoret",
		.sector = "freetime",
		.logo = "photos/org-seurakunta.png",
		.phone = "",
		.web = "https://seurakunta.example/nuoret",
		.email = "nuoret@seurakunta.example",
		.name = {"Seurakunnan nuorisotyö", "Församlingens ungdomsarbete",
			 "Parish youth work"},
		.org = {"Keskustan seurakunta", "Centrums församling", "Keskusta Parish"},
		.p1 = {"Nuorten illat ja retket – kaikki ovat tervetulleita",
		       "Ungdomskvällar och utfärder – alla är välkomna",
		       "Youth evenings and trips – everyone's welcome"},
		.p2 = {"Diakonian ruoka-apu ja raha-asioiden neuvonta",
		       "Diakonins matbistånd och råd i penningfrågor",
		       "Food aid and money advice from the deacons"},
		.p3 = {"Keskusteluapua, vaikket kuuluisi kirkkoon",
		       "Samtalsstöd, också om du inte hör till kyrkan",
		       "Someone to talk to, even if you're not a church member"},
	},
	{
		.id = "takuusaatio",
		.sector = "money",
		.logo = "",
		.phone = "0800 100 200",
		.web = "https://www.takuusaatio.fi",
		.email = "",
		.name = {"Takuusäätiö", "Garantistiftelsen", "Guarantee Foundation"},
		.org = {"", "", ""},
		.p1 = {"Neuvontaa raha- ja velka-asioissa puhelimitse ja chatissa",
		       "Rådgivning om pengar och skulder per telefon och i chatt",
		       "Advice on money and debt by phone and chat"},
		.p2 = {"Takaus järjestelylainaan, kun velat kootaan yhteen",
		       "Borgen för ett ordningslån när skulderna samlas ihop",
		       "A guarantee for a consolidation loan to combine debts"},
		.p3 = {"Maksutonta, ja voit kysyä nimettömästi", "Gratis, och du kan fråga anonymt",
		       "Free, and you can ask anonymously"},
	},
};

typedef struct gsf_group {
	const char *id, *colour;
	const char *title[3], *text[3]; /* fi, sv, en */
} gsf_group_t;

static const gsf_group_t gsf_groups[] = {
	{
		.id = "games",
		.colour = "freetime",
		.title = {"Pelikerho", "Spelklubben", "Game club"},
		.text = {"Lautapelejä, konsolipelejä ja rentoa porukkaa. Mitään ei tarvitse osata "
			 "etukäteen – tule pelaamaan tai vain katsomaan.",
			 "Brädspel, konsolspel och ett avslappnat gäng. Du behöver inte kunna "
			 "något i "
			 "förväg – kom och spela eller bara titta på.",
			 "Board games, console games and a relaxed crowd. No skills needed – come "
			 "to play "
			 "or just to watch."},
	},
	{
		.id = "cooking",
		.colour = "wellbeing",
		.title = {"Kokkauskurssi", "Matlagningskurs", "Cooking class"},
		.text = {"Opetellaan yhdessä halpoja ja helppoja arkiruokia, ja lopuksi syödään "
			 "yhdessä. "
			 "Raaka-aineet ovat ilmaisia; kerro erityisruokavaliosta paikan päällä.",
			 "Vi lär oss laga billig och enkel vardagsmat och äter sedan tillsammans. "
			 "Råvarorna är gratis; berätta om du har specialdiet när du kommer.",
			 "Learn to cook cheap, easy everyday meals, then sit down and eat "
			 "together. "
			 "Ingredients are free; let us know about any special diet when you "
			 "arrive."},
	},
	{
		.id = "jobs",
		.colour = "work",
		.title = {"Työnhakupaja", "Jobbsökarverkstad", "Job-search workshop"},
		.text = {"CV kuntoon, työpaikkailmoitukset läpi ja harjoitushaastatteluja pienessä "
			 "porukassa. Ota oma kone tai puhelin mukaan, jos on – muuten saat "
			 "lainaksi "
			 "meiltä.",
			 "Putsa ditt CV, gå igenom jobbannonser och öva på intervjuer i en liten "
			 "grupp. "
			 "Ta med egen dator eller telefon om du har – annars lånar du av oss.",
			 "Polish your CV, go through job ads and practise interviews in a small "
			 "group. "
			 "Bring your own laptop or phone if you have one – otherwise borrow one of "
			 "ours."},
	},
	{
		.id = "rainbow",
		.colour = "housing",
		.title = {"Sateenkaarinuoret", "Regnbågsunga", "Rainbow youth"},
		.text = {"Turvallisempi tila hlbtiq+-nuorille ja kaikille, jotka vielä miettivät. "
			 "Jutellaan, pelaillaan ja ollaan omana itsenä – mitään ei tarvitse "
			 "määritellä.",
			 "Ett tryggare rum för hbtqi+-unga och alla som fortfarande funderar. Vi "
			 "snackar, "
			 "spelar och får vara oss själva – du behöver inte definiera något.",
			 "A safer space for LGBTIQ+ young people and anyone still figuring things "
			 "out. We "
			 "chat, play games and get to be ourselves – no labels needed."},
	},
	{
		.id = "sports",
		.colour = "freetime",
		.title = {"Liikuntaryhmä", "Idrottsgruppen", "Sports group"},
		.text = {"Sählyä, sulkapalloa ja mitä porukka haluaa kokeilla – taso ei ratkaise, "
			 "eikä "
			 "omia välineitä tarvita. Tavataan suoraan salilla.",
			 "Innebandy, badminton och vad gänget vill testa – nivån spelar ingen roll "
			 "och du "
			 "behöver ingen egen utrustning. Vi ses direkt i salen.",
			 "Floorball, badminton and whatever the group fancies trying – any level "
			 "is fine "
			 "and you don't need your own kit. We meet at the gym."},
	},
};

#endif
