#include "city.h"

#include "fixture.h"

#include <unistd.h>

void bench_city(const char *dir)
{
	fx_copy_demo(dir);
	char p[4096];
	snprintf(p, sizeof p, "%s/people.csv", dir);
	FILE *f = fopen(p, "w");
	fprintf(f, "id,name,organisation,role_fi,role_sv,role_en,languages,topics\n");
	for (int i = 0; i < 1500; i++)
		fprintf(f,
			"p%d,Henkilö %d Virtanen,kela,Nuorisotyöntekijä,Ungdomsarbetare,Youth "
			"worker,fi sv en,work money\n",
			i, i);
	fclose(f);
	/* The demo's exceptions name demo people; this city has its own. */
	snprintf(p, sizeof p, "%s/exceptions.csv", dir);
	unlink(p);
	snprintf(p, sizeof p, "%s/roster.csv", dir);
	f = fopen(p, "w");
	fprintf(f, "weekday;start;end;person;room_fi\n");
	for (int i = 0; i < 6000; i++)
		fprintf(f, "%d;%02d:00;%02d:30;p%d;Huone %d\n", i / 1500 + 1, 9 + i % 7, 9 + i % 7,
			i % 1500, i % 9);
	fclose(f);
	snprintf(p, sizeof p, "%s/sessions.csv", dir);
	f = fopen(p, "w");
	fprintf(f, "id,group,date,start,end,place_fi,capacity\n");
	for (int i = 0; i < 3000; i++)
		fprintf(f, "s%d,games,2027-%02d-%02d,15:00,17:00,Olohuone,12\n", i, i % 12 + 1,
			i % 28 + 1);
	fclose(f);
	snprintf(p, sizeof p, "%s/services.csv", dir);
	f = fopen(p, "w");
	fprintf(f, "id,name_fi,name_en,sector,point1_fi,point2_fi,point3_fi,keywords_fi\n");
	for (int i = 0; i < 600; i++)
		fprintf(f, "svc%d,Palvelu %d,Service %d,work,Neuvontaa,Ohjausta,Tukea,työ raha\n",
			i, i, i);
	fclose(f);
}
