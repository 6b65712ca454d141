/**
 * The English words of what the open-data files hold (i18n/en.ts `openData.descriptions`): each Swedish description
 * of a CSV column (views/open-data.ts, slices.ts, aggregates.ts) or JSON field (schemas/project-shape.ts, open-data.ts)
 * and each aggregate file's rows, by its Swedish words. A description whose Swedish changes has no English here until it
 * is translated again, and the English /data/ page shows the Swedish, marked as Swedish, rather than stale English.
 */
export const dataDescriptionsEn: Record<string, string> = {
	'Projektets nyckel i adressen: ärende-id:t, eller postens filnamn när källan saknar det (key).':
		'The project’s key in its address: the case ID, or the record’s file name where the source has none (key).',
	'Projektsidans adress (url).': 'The project page’s address (url).',
	'Ärende-id (NYPS-id), 8 siffror (id).': 'Case ID (NYPS ID), 8 digits (id).',
	'Diarienummer som i källan (ref).': 'Reference number as in the source (ref).',
	'Projektets namn som i källan (title).': 'The project’s name as in the source (title).',
	'Regionen, myndigheten eller programmet som beslutar om stödet (decider).':
		'The region, agency or programme that decides on the funding (decider).',
	'Projektägaren som i källan (owner.name).': 'The project owner as in the source (owner.name).',
	'Projektägarens organisationsnummer (owner.orgNumber).': 'The project owner’s organisation number (owner.orgNumber).',
	'Samma nummer som organisations-id i org-id-formen SE-BLV-<tio siffror>, som 360Giving och andra standarder använder (owner.orgId).':
		'The same number as an organisation ID in the org-id form SE-BLV-<ten digits>, which 360Giving and other standards use (owner.orgId).',
	'Beviljat, Avslaget, Ansökt eller Föreslås beviljas/avslag: vad det senaste beslutet säger.':
		'Beviljat (granted), Avslaget (rejected), Ansökt (applied for) or Föreslås beviljas/avslag (proposed for grant/rejection): what the latest decision says.',
	'Samma status som kod: granted, rejected, applied eller proposed (status).':
		'The same status as a code: granted, rejected, applied or proposed (status).',
	'Datum för beslutet om stöd eller avslag, så exakt som källan anger det (tomt om inte avgjort eller odaterat).':
		'Date of the decision to grant or reject, as exact as the source gives it (empty if not decided or undated).',
	'Alla beslut, ett per rad, det äldsta först: datum, vad som beslutades, beslutande organ och paragraf (decisions).':
		'Every decision, one per line, oldest first: date, what was decided, deciding body and section (decisions).',
	'Projektperiodens första dag, så exakt som källan anger den (period.start).':
		'The first day of the project period, as exact as the source gives it (period.start).',
	'Projektperiodens sista dag, så exakt som källan anger den (period.end).':
		'The last day of the project period, as exact as the source gives it (period.end).',
	'Fonden eller anslaget pengarna kommer från (fund).': 'The fund or appropriation the money comes from (fund).',
	'Det prioriterade områdets nummer i det beslutande organets strategi (priority.code).':
		'The priority area’s number in the deciding body’s strategy (priority.code).',
	'Det prioriterade området (priority.name).': 'The priority area (priority.name).',
	'Delområdet (priority.sub).': 'The sub-area (priority.sub).',
	'Kommunerna som källan namnger, åtskilda av semikolon (municipalities).':
		'The municipalities the source names, separated by semicolons (municipalities).',
	'Deras officiella kommunkoder, i samma ordning.': 'Their official municipality codes, in the same order.',
	'Alla län projektet verkar i (counties).': 'Every county the project works in (counties).',
	'Län som källan anger som område utan att namnge kommuner där: projektet räknas inte till någon av länets kommuner.':
		'Counties the source gives as the area without naming municipalities there: the project is not counted in any of the county’s municipalities.',
	'Källans egna ord om området (locationNote).': 'The source’s own words about the area (locationNote).',
	'Beviljat belopp som publicerat, hela kronor (grantedAmount).': 'Amount granted as published, whole kronor (grantedAmount).',
	'Sökt belopp som publicerat, hela kronor; inte beviljade pengar (appliedAmount).':
		'Amount applied for as published, whole kronor; not money granted (appliedAmount).',
	'Hela projektets budget, alla finansiärer, som publicerad (totalBudget).':
		'The whole project’s budget, all financiers, as published (totalBudget).',
	'Beviljat belopp i euro som källan anger det, hela euro (grantedAmountEur); aldrig omräknat och aldrig lagt till kronorna.':
		'Amount granted in euros as the source gives it, whole euros (grantedAmountEur); never converted and never added to the kronor.',
	'EU-programmets insatsområde som i källan (priorityAxis).': 'The EU programme’s priority axis as in the source (priorityAxis).',
	'EU:s tematiska mål som i källan (thematicObjective).': 'The EU thematic objective as in the source (thematicObjective).',
	'Programområdet som i källan, t.ex. Övre Norrland (programmeArea).':
		'The programme area as in the source, e.g. Övre Norrland (programmeArea).',
	'Ortnamn som källan stavar annorlunda, ett per rad: som i källan → officiellt namn (spellings).':
		'Place names the source spells differently, one per line: as in the source → official name (spellings).',
	'FN:s globala mål som källan nämner (agenda2030).': 'UN Sustainable Development Goals the source mentions (agenda2030).',
	'Dokumentet uppgifterna kommer från (source.document).': 'The document the data comes from (source.document).',
	'Avsnittet i dokumentet (source.passage).': 'The passage in the document (source.passage).',
	'Siffror som källan har fel, en per rad: sökväg, tryckt värde, rättat värde och förklaring (corrections). Beloppen ovan är som publicerade.':
		'Figures the source has wrong, one per line: path, printed value, corrected value and explanation (corrections). The amounts above are as published.',
	'Utbetalt belopp enligt källan, hela kronor, per datumet i nästa kolumn (paidAmount). Ingår inte i beviljat belopp: lägg inte ihop dem.':
		'Amount paid out according to the source, whole kronor, as of the date in the next column (paidAmount). Not part of the amount granted: do not add them together.',
	'Datum då det utbetalda beloppet gällde enligt källan, så exakt som källan anger det (paidDate).':
		'Date as of which the amount paid out applied according to the source, as exact as the source gives it (paidDate).',
	'Hur arbetet står, skilt från beslutet: Pågående, Avslutat, Avbrutet eller Återkallat som källan anger det; annars för beviljade projekt "Avslutat enligt projektperioden" eller "Pågående enligt projektperioden", härlett ur perioden och byggdagen; tomt där inget av dem går att säga.':
		'How the work stands, apart from the decision: Pågående (ongoing), Avslutat (completed), Avbrutet (terminated) or Återkallat (withdrawn) as the source gives it; otherwise, for granted projects, "Avslutat enligt projektperioden" or "Pågående enligt projektperioden" (completed or ongoing by the project period), derived from the period and the build date; empty where neither can be said.',
	'Samma status som kod, bara där källan anger den: ongoing, closed, terminated eller withdrawn (workStatus).':
		'The same status as a code, only where the source gives it: ongoing, closed, terminated or withdrawn (workStatus).',
	'Datum då arbetets status gällde enligt källan (workStatusDate).':
		'Date as of which the work status applied according to the source (workStatusDate).',
	'Där källan inte anger arbetets status: closed eller ongoing enligt ett beviljat projekts period och byggdagen (derivedWorkStatus). Inte källans uppgift.':
		'Where the source does not give the work status: closed or ongoing by a granted project’s period and the build date (derivedWorkStatus). Not the source’s data.',
	'Projektets nyckel, som i projekt.csv.': 'The project’s key, as in projekt.csv.',
	'Projektets ärende-id.': 'The project’s case ID.',
	'Projektets namn.': 'The project’s name.',
	'Projektets status: bara rader i projekt med granted är beviljade pengar; i övriga är de planerade.':
		'The project’s status: only rows in projects with granted are money granted; in the others it is planned.',
	'Radens nummer i projektets finansieringstabell, från 1.': 'The row’s number in the project’s financing table, from 1.',
	'Finansiären som i källans tabell.': 'The financier as in the source’s table.',
	'Organisationen bakom namnet, som på organisationssidorna; tomt för kategorier som "Deltagande företag".':
		'The organisation behind the name, as on the organisation pages; empty for categories such as "Deltagande företag" (participating companies).',
	'Beloppet som det står i källan, hela kronor.': 'The amount as it stands in the source, whole kronor.',
	'Beloppet efter postens rättelser; lika med det publicerade där ingen rättelse finns. Summan per projekt är den totala budgeten.':
		'The amount after the record’s corrections; equal to the published one where there is no correction. The sum per project is the total budget.',
	'ja för bidrag i annat än pengar (till exempel arbetstid).': 'ja for contributions in kind (for example working time).',
	'ja för det beslutande organets egna rader.': 'ja for the deciding body’s own rows.',
	'Projektets nyckel: ärende-id:t, eller postens filnamn när källan saknar det. Projektets sida är /projekt/<nyckel>/, alla dess uppgifter /projekt/<nyckel>.json.':
		'The project’s key: the case ID, or the record’s file name where the source has none. The project’s page is /projekt/<key>/, all its data /projekt/<key>.json.',
	'Projektets namn som i källan.': 'The project’s name as in the source.',
	'Beviljat, Avslaget, Ansökt eller Föreslås beviljas/avslag.':
		'Beviljat (granted), Avslaget (rejected), Ansökt (applied for) or Föreslås beviljas/avslag (proposed for grant/rejection).',
	'Beviljat belopp som publicerat, för beviljade projekt.': 'Amount granted as published, for granted projects.',
	'Sökt belopp som publicerat: inte beviljade pengar.': 'Amount applied for as published: not money granted.',
	'Hela projektets budget, alla finansiärer, som publicerad.': 'The whole project’s budget, all financiers, as published.',
	'Datum för beslutet om stöd eller avslag, så exakt som källan anger det.':
		'Date of the decision to grant or reject, as exact as the source gives it.',
	'Regionen, myndigheten eller programmet som beslutar.': 'The region, agency or programme that decides.',
	'Organisationens roll i projektet: beslutande organ, projektägare, medfinansiär (en rad i finansieringstabellen), eller flera av dem.':
		'The organisation’s role in the project: deciding body, project owner, co-financier (a row in the financing table), or several of them.',
	'Officiellt namn.': 'Official name.',
	'Officiell kod.': 'Official code.',
	'Länet kommunen ligger i.': 'The county the municipality is in.',
	'Projekt som räknas här, alla statusar.': 'Projects counted here, every status.',
	'Av dem beviljade.': 'Of them, granted.',
	'Av dem avslagna.': 'Of them, rejected.',
	'Av dem ansökta eller med ett förslag till beslut.': 'Of them, applied for or with a proposal for decision.',
	'Vad de beslutande organen beviljat de beviljade projekten som anger beloppet, efter rättelser; tomt där inget av dem anger det (uppgift saknas, inte 0).':
		'What the deciding bodies granted the granted projects that state the amount, after corrections; empty where none of them states it (not stated, not 0).',
	'Av de beviljade projekten: så många räknas i Beviljat; för resten saknas uppgift.':
		'Of the granted projects: this many are counted in Beviljat; for the rest the amount is not stated.',
	'De beviljade projektens hela budgetar, alla finansiärer, där de anges: inte pengar som gått hit; tomt där ingen anges.':
		'The granted projects’ whole budgets, all financiers, where stated: not money that went here; empty where none is stated.',
	'Av de beviljade projekten: så många räknas i den totala budgeten.':
		'Of the granted projects: this many are counted in the total budget.',
	'Varje beviljat projekts beviljade belopp delat lika mellan de platser källan namnger; delen här, avrundad till kronor; tomt där inget projekt här anger beloppet.':
		'Each granted project’s amount granted divided equally between the places the source names; the share here, rounded to kronor; empty where no project here states the amount.',
	'Samma delning av de beviljade projektens totala budgetar; tomt där inget anger en budget.':
		'The same division of the granted projects’ total budgets; empty where none states a budget.',
	'Vad avslagna och ej avgjorda ansökningar sökte, där de anger det; tomt där ingen anger det.':
		'What rejected and undecided applications applied for, where they state it; empty where none states it.',
	'Hur ett projekts pengar räknas här.': 'How a project’s money is counted here.',
	'Namnet som i inställningarna.': 'The name as in the settings.',
	'Den del av det beviljade som kommer ur fonder och anslag med slaget EU-medel i inställningarna.':
		'The part of the amount granted that comes from funds and appropriations of the kind EU funds in the settings.',
	'Den del av det beviljade som kommer ur fonder och anslag med slaget statliga medel i inställningarna.':
		'The part of the amount granted that comes from funds and appropriations of the kind national funds in the settings.',
	'Den del av det beviljade som kommer ur fonder och anslag med slaget regionala medel i inställningarna.':
		'The part of the amount granted that comes from funds and appropriations of the kind regional funds in the settings.',
	'Den del av det beviljade som kommer ur fonder och anslag med slaget övriga medel i inställningarna.':
		'The part of the amount granted that comes from funds and appropriations of the kind other funds in the settings.',
	'Den del av det beviljade där källan inte anger någon fond.': 'The part of the amount granted where the source names no fund.',
	'Vems pengar fonden är: EU-medel, statliga medel, regionala medel eller övriga medel (inställningarnas kind).':
		'Whose money the fund is: EU-medel (EU funds), statliga medel (national funds), regionala medel (regional funds) or övriga medel (other funds) (the settings’ kind).',
	'Det beslutande organ vars strategi området hör till.': 'The deciding body whose strategy the area belongs to.',
	'Områdets nummer i strategin.': 'The area’s number in the strategy.',
	'Områdets namn.': 'The area’s name.',
	'Organisationens namn som på dess sida.': 'The organisation’s name as on its page.',
	'Där källorna anger det.': 'Where the sources give it.',
	'Projekt organisationen äger, alla statusar.': 'Projects the organisation owns, every status.',
	'Beviljat belopp för de beviljade projekt organisationen äger, där det anges; tomt där inget av dem anger det.':
		'Amount granted to the granted projects the organisation owns, where stated; empty where none of them states it.',
	'Beviljade projekt där organisationen har en rad i finansieringstabellen.':
		'Granted projects where the organisation has a row in the financing table.',
	'Summan av dess rader i de beviljade projektens finansieringstabeller, efter rättelser.':
		'The sum of its rows in the granted projects’ financing tables, after corrections.',
	'Avslagna eller ej avgjorda ansökningar där organisationen har en rad.':
		'Rejected or undecided applications where the organisation has a row.',
	'Summan av de raderna: planerade pengar, inte beviljade.': 'The sum of those rows: planned money, not granted.',
	'Hur pengarna räknas.': 'How the money is counted.',
	'Projektets nyckel i adressen: ärende-id:t, eller postens filnamn när källan saknar ärende-id':
		'The project’s key in its address: the case ID, or the record’s file name where the source has no case ID',
	'Projektsidans adress': 'The project page’s address',
	'Ärende-id (NYPS-id), 8 siffror': 'Case ID (NYPS ID), 8 digits',
	'Diarienummer som i källan': 'Reference number as in the source',
	'Projektets namn som i källan': 'The project’s name as in the source',
	'Beslutande organ: regionen, myndigheten eller programmet som beslutar om stödet':
		'Deciding body: the region, agency or programme that decides on the funding',
	'Samma som decider (fältets äldre namn, kvar för dem som redan läser filen)':
		'The same as decider (the field’s older name, kept for those who already read the file)',
	'Projektägare (stödmottagare); saknas när källan inte namnger någon': 'Project owner (recipient); absent where the source names none',
	'Namn som i källan': 'Name as in the source',
	Organisationsnummer: 'Organisation number',
	'Organisationsnumret som organisations-id i org-id-formen, t.ex. SE-BLV-2321000222':
		'The organisation number as an organisation ID in the org-id form, e.g. SE-BLV-2321000222',
	'applied: ansökt, inte avgjort; proposed: ett förslag till beslut väntar på beslut; granted: beviljat; rejected: avslag':
		'applied: applied for, not decided; proposed: a proposal for decision awaits a decision; granted: granted; rejected: rejected',
	'Besluten om projektet, det äldsta först': 'The decisions on the project, oldest first',
	'Datum: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM (en månad) eller ÅÅÅÅ (ett år), så exakt som källan anger det':
		'Date: YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year), as exact as the source gives it',
	'application: ansökan; proposal: förslag till beslut; grant: beviljande; rejection: avslag; amendment: ändringsbeslut':
		'application: application; proposal: proposal for decision; grant: grant; rejection: rejection; amendment: amending decision',
	'Bara för ett förslag: vad det föreslår, grant (bifall) eller rejection (avslag)':
		'Only for a proposal: what it proposes, grant or rejection',
	'Vem som beslutade': 'Who decided',
	'Paragraf eller referens, t.ex. "§ 36"': 'Section or reference, e.g. "§ 36"',
	'Vad som beslutades, med beloppen som i källan': 'What was decided, with the amounts as in the source',
	Projektperiod: 'Project period',
	'Första dagen: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM (en månad) eller ÅÅÅÅ (ett år), så exakt som källan anger det':
		'First day: YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year), as exact as the source gives it',
	'Sista dagen: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM (en månad) eller ÅÅÅÅ (ett år), så exakt som källan anger det':
		'Last day: YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year), as exact as the source gives it',
	'Fond eller anslag': 'Fund or appropriation',
	'Prioriterat område i det beslutande organets strategi (för en region dess regionala utvecklingsstrategi, RUS)':
		'Priority area in the deciding body’s strategy (for a region, its regional development strategy, RUS)',
	'Områdets nummer i strategin': 'The area’s number in the strategy',
	'Områdets namn': 'The area’s name',
	Delprioritering: 'Sub-priority',
	'Kommunerna som källan namnger': 'The municipalities the source names',
	'Kommunens officiella namn': 'The municipality’s official name',
	'Kommunkod, 4 siffror': 'Municipality code, 4 digits',
	'Alla län projektet verkar i: de namngivna kommunernas län och län som källan anger utan kommuner':
		'Every county the project works in: the counties of the named municipalities and counties the source gives without municipalities',
	'Länets officiella namn': 'The county’s official name',
	'Länskod, 2 siffror': 'County code, 2 digits',
	'true när källan anger länet som område utan att namnge kommuner där':
		'true where the source gives the county as the area without naming municipalities there',
	'Källans egna ord om området': 'The source’s own words about the area',
	'Beviljat belopp som publicerat, hela kronor': 'Amount granted as published, whole kronor',
	'Sökt belopp som publicerat, hela kronor': 'Amount applied for as published, whole kronor',
	'Total projektbudget, alla finansiärer, som publicerad, hela kronor': 'Total project budget, all financiers, as published, whole kronor',
	'Utbetalt belopp enligt källan, per paidDate; ingår aldrig i det beviljade beloppet och ska inte läggas ihop med det, hela kronor':
		'Amount paid out according to the source, as of paidDate; never part of the amount granted and not to be added to it, whole kronor',
	'Datum då det utbetalda beloppet gällde enligt källan: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM (en månad) eller ÅÅÅÅ (ett år), så exakt som källan anger det':
		'Date as of which the amount paid out applied according to the source: YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year), as exact as the source gives it',
	'Arbetets status enligt källan, skild från beslutet: ongoing: pågående; closed: avslutat; terminated: avbrutet; withdrawn: återkallat':
		'The work status according to the source, apart from the decision: ongoing; closed: completed; terminated; withdrawn',
	'Datum då arbetets status gällde enligt källan: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM (en månad) eller ÅÅÅÅ (ett år), så exakt som källan anger det':
		'Date as of which the work status applied according to the source: YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year), as exact as the source gives it',
	'Bara där källan inte anger arbetets status, för ett beviljat projekt med projektperiod: härlett ur perioden och byggdagen (generated), inte uppgivet av källan. closed: periodens sista dag ligger före byggdagen; ongoing: byggdagen ligger i perioden':
		'Only where the source does not give the work status, for a granted project with a project period: derived from the period and the build date (generated), not stated by the source. closed: the period’s last day is before the build date; ongoing: the build date is within the period',
	'Finansieringstabellen som publicerad, i källans ordning': 'The financing table as published, in the source’s order',
	'Finansiären som i källans tabell': 'The financier as in the source’s table',
	'Belopp som publicerat, hela kronor': 'Amount as published, whole kronor',
	'true för bidrag i annat än pengar': 'true for contributions in kind',
	'Belopp efter postens rättelser (lika med amount där ingen rättelse finns), hela kronor':
		'Amount after the record’s corrections (equal to amount where there is no correction), whole kronor',
	'Kostnadsbudget per kostnadsslag': 'Cost budget by cost type',
	Kostnadsslag: 'Cost type',
	'Belopp, hela kronor': 'Amount, whole kronor',
	'Aktiviteter och arbetspaket': 'Activities and work packages',
	'Nummer som i källan': 'Number as in the source',
	Namn: 'Name',
	'Start: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM (en månad) eller ÅÅÅÅ (ett år), så exakt som källan anger det':
		'Start: YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year), as exact as the source gives it',
	'Slut: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM (en månad) eller ÅÅÅÅ (ett år), så exakt som källan anger det':
		'End: YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year), as exact as the source gives it',
	'Kostnad, hela kronor': 'Cost, whole kronor',
	'Beskrivning ur källan': 'Description from the source',
	'Indikatorer och målvärden': 'Indicators and target values',
	'output: aktivitetsindikator; result: resultatindikator': 'output: output indicator; result: result indicator',
	'Indikatorns namn': 'The indicator’s name',
	Målvärde: 'Target value',
	Enhet: 'Unit',
	'Startvärde som tryckt': 'Baseline as printed',
	Anmärkning: 'Remark',
	'FN:s globala mål (1–17) som källan nämner': 'UN Sustainable Development Goals (1–17) the source mentions',
	'EU-programmets insatsområde som i källan': 'The EU programme’s priority axis as in the source',
	'EU:s tematiska mål som i källan': 'The EU thematic objective as in the source',
	'Programområdet som i källan, t.ex. "Övre Norrland"': 'The programme area as in the source, e.g. "Övre Norrland"',
	'Beviljat belopp i euro som källan anger det, hela euro; aldrig omräknat och aldrig lagt till beloppen i kronor':
		'Amount granted in euros as the source gives it, whole euros; never converted and never added to the amounts in kronor',
	'Ortnamn som källan stavar annorlunda än registret: hur källan skriver dem och vilket officiellt namn posten använder':
		'Place names the source spells differently from the register: how the source writes them and which official name the record uses',
	'Namnet som källan skriver det': 'The name as the source writes it',
	'Det officiella namnet som posten använder': 'The official name the record uses',
	'Var uppgifterna kommer ifrån': 'Where the data comes from',
	'Källdokumentets titel': 'The source document’s title',
	'Avsnitt i dokumentet': 'Passage in the document',
	'Siffror som källan har fel: posten behåller det publicerade värdet':
		'Figures the source has wrong: the record keeps the published value',
	'Sökväg till siffran som rättas, t.ex. "financing[5].amount" (raderna räknas från 0)':
		'Path to the figure corrected, e.g. "financing[5].amount" (rows counted from 0)',
	'Siffran som den är tryckt i källan': 'The figure as printed in the source',
	'Vad siffran måste vara för att dokumentets egna summor ska stämma, hela kronor':
		'What the figure must be for the document’s own sums to add up, whole kronor',
	'Varför siffran rättas': 'Why the figure is corrected',
	'Sammanfattningen ur källan, i Markdown': 'The summary from the source, in Markdown',
	'en rad per kommun, alla 290': 'one row per municipality, all 290',
	'en rad per län, alla 21': 'one row per county, all 21',
	'en rad per beslutande organ': 'one row per deciding body',
	'en rad per fond eller anslag, och en för projekt som inte anger någon':
		'one row per fund or appropriation, and one for projects that state none',
	'en rad per prioriterat område i de beslutande organens strategier, och per beslutande organ en för projekt som inte anger något':
		'one row per priority area in the deciding bodies’ strategies, and per deciding body one for projects that state none',
	'en rad per organisation som äger eller medfinansierar ett projekt': 'one row per organisation that owns or co-finances a project',
};
