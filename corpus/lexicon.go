package corpus

import "strings"

// set builds a look-up set from space-separated words.
func set(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, ws := range words {
		for _, w := range strings.Fields(ws) {
			m[w] = true
		}
	}
	return m
}

// speechVerbs are the verbs (every inflection) that introduce or attribute
// a quotation.
var speechVerbs = func() map[string]bool {
	m := map[string]bool{}
	regular := strings.Fields(`add warn insist note post tweet declare state argue claim explain stress
		emphasise emphasize respond reply ask answer acknowledge admit announce predict complain recall
		urge suggest promise vow pledge caution concede observe remark quip joke counter
		underline underscore reiterate confirm deny maintain contend lament boast conclude assure thunder
		demand shout yell whisper murmur retort snap scoff muse wonder exclaim charge allege testify
		mention assert agree disagree protest plead reflect recount relate describe dub call label term
		brand characterise characterize hail praise criticise criticize blast slam accuse question add
		announce comment signal hint repeat interject chime reason estimate predict forecast echo
		opine proclaim pronounce recommend report reveal specify summarise summarize affirm advise
		stat remind elaborate clarify gush marvel rage fume grumble complain sigh laugh smile nod
		dismiss deride denounce decry mock ridicule lambast scorn disparage confide`)
	for _, v := range regular {
		m[v] = true
		switch {
		case strings.HasSuffix(v, "e"):
			m[v+"s"], m[v+"d"], m[v[:len(v)-1]+"ing"] = true, true, true
		case strings.HasSuffix(v, "y") && !strings.HasSuffix(v, "ay") && !strings.HasSuffix(v, "ey"):
			m[v[:len(v)-1]+"ies"], m[v[:len(v)-1]+"ied"], m[v+"ing"] = true, true, true
		case strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x"):
			m[v+"es"], m[v+"ed"], m[v+"ing"] = true, true, true
		default:
			m[v+"s"], m[v+"ed"], m[v+"ing"] = true, true, true
		}
	}
	for _, v := range strings.Fields(`say says said saying tell tells told telling write writes wrote written
		writing quip quipped quipping snap snapped snapping plead pled admitted admitting committed
		stat stats chime chimed put puts putting sum summed summing spoke speak speaks speaking
		insisted noted posted tweeted retweeted texted messaged emailed blog blogged pointed`) {
		m[v] = true
	}
	delete(m, "stat")
	delete(m, "stats")
	return m
}()

// weakSpeechVerbs attribute only a quotation in the same clause, never a
// whole sentence: "called it", "described it as".
var weakSpeechVerbs = set(`call calls called calling describe describes described describing dub dubs
	dubbed label labels labelled labeled term terms termed brand brands branded characterise
	characterised characterize characterized hail hails hailed praise praised criticise criticised
	criticize criticized blast blasted slam slammed accuse accused question questioned
	speak speaks speaking spoke talk talks talked smile smiled laugh laughed nod nodded sigh sighed report reported
	reporting reports welcome welcomes welcomed welcoming talking condemn condemns condemned condemning blame blames blamed blaming
	thank thanks thanked thanking express expresses expressed expressing voiced
	dismiss dismisses dismissed dismissing deride derides derided deriding denounce denounces denounced
	denouncing decry decries decried decrying mock mocks mocked mocking ridicule ridicules ridiculed
	ridiculing lambast lambasts lambasted lambasting scorn scorns scorned scorning disparage disparages
	disparaged disparaging`)

// nowWords date a verb by the publication day: "met today with Sikorski".
var nowWords = set(`today yesterday tonight`)

// verbAdverbs may stand between a speaker and a speech verb ("Trump also
// said", "he later told").
var verbAdverbs = set(`also later then again previously earlier subsequently separately further once
	has had have would will could did does do may might must should shall was is were are been
	repeatedly recently reportedly publicly privately quickly simply flatly bluntly only just
	has long never since still already even herself himself themselves itself yet first
	not n't`)

// shipPrefixes name a vessel, not a person: "BRP Sierra Madre".
var shipPrefixes = set(`brp uss hms hmas hmcs ins rfs`)

// rolesHead are nouns that name a role or office.
var rolesHead = set(`president chancellor minister premier secretary secretary-general leader head chief eam nsa cm dgmo coas mos
	alderman alderwoman supervisor selectman selectwoman trustee headteacher headmaster headmistress sheriff steward superintendent councilmember assemblyman assemblywoman
	spokesperson spokesman spokeswoman adviser advisor aide envoy negotiator ambassador commissioner
	representative director director-general king queen emir amir prince princess sheikh monarch sultan pope
	governor mayor senator congressman congresswoman lawmaker general commander officer official
	officials diplomat diplomats analyst analysts professor expert experts researcher correspondent
	journalist reporter editor chairman chairwoman chair ceo founder speaker deputy counterpart
	mediator delegate attorney lawyer judge prosecutor economist strategist member colonel lieutenant
	captain sergeant admiral marshal ayatollah cleric bishop patriarch lady wife husband son daughter
	brother sister mother father negotiators mediators envoys ministers leaders aides advisers
	spokespeople source sources adjutant fellow scholar historian chief-of-staff commissar
	co-leader co-chair co-chairman co-chairwoman co-chairperson co-founder vice-president vice-premier vice-chair vice-chairman vice-chairwoman vice-minister vice-chancellor prime-minister undersecretary under-secretary deputy-minister
	tsar czar ruler dictator strongman monarch crown foreign-minister representative
	taoiseach tánaiste tanaiste pm councillor councilor councillors councilors
	countries governments parties sides nations groups residents resident analyst observers
	chairperson correspondents commanders militants rebels fighters farmer farmers teacher
	schoolteacher priest mother father villager villagers shopkeeper trader worker workers
	doctor nurse student activist activists witness witnesses baker bakers driver drivers fisherman
	fishermen vendor vendors refugee refugees pensioner engineer mechanic volunteer volunteers midwife
	pharmacist surgeon merchant herder herders labourer laborer grandmother grandfather widow survivor
	survivors protester protesters demonstrator demonstrators businessman businesswoman lecturer
	shepherd tailor taxi-driver displaced gardener waiter waitress cook chef porter caretaker housekeeper
	cleaner janitor chauffeur bartender receptionist mk mks
	minister-designate premier-designate president-designate chancellor-designate pm-designate taoiseach-designate
	treasurer comptroller auditor registrar provost rector administrator coordinator organiser organizer convenor convener
	vp secstate secdef secwar sectreas secnav secdhs joint-secretary additional-secretary joint-director deputy-director
	attorney-general solicitor-general governor-general auditor-general inspector-general surgeon-general
	advocate-general prosecutor-general procurator-general comptroller-general
	canciller chanceler presidente presidenta ministro ministra vicepresidente vicepresidenta`)

// roleMods are words that modify a role ("foreign affairs adviser").
var roleMods = set(`foreign defence defense interior finance trade economy economic prime vice deputy
	senior top chief special presidential national security affairs state ministry former acting
	incoming outgoing lead principal personal press policy military intelligence assistant executive
	general first supreme high junior government administration white house kremlin deputy-prime managing
	rebel army militia junta political bureau politburo spy
	permanent peace humanitarian regional international european western eastern us u.s. un u.n.
	eu e.u. nato ukrainian russian american british french german italian chinese iranian israeli
	palestinian turkish polish finnish qatari saudi egyptian japanese indian canadian swiss dutch
	spanish greek austrian belgian danish swedish norwegian estonian latvian lithuanian hungarian
	czech slovak romanian bulgarian serbian croatian georgian armenian azerbaijani kazakh belarusian
	syrian lebanese jordanian iraqi emirati kuwaiti omani yemeni afghan pakistani korean north south
	taiwanese vietnamese thai indonesian australian mexican brazilian argentine venezuelan colombian
	cuban african nigerian kenyan ethiopian sudanese libyan algerian moroccan tunisian
	anonymous unnamed veteran longtime long-time former key retired ex senior-most chief-of-staff rank-and-file
	council cabinet party opposition hamas hezbollah houthi taliban israeli-born defence-ministry
	foreign-ministry news agency media
	commerce energy health justice agriculture education environment industry labour labor transport
	culture communications petroleum mines fisheries climate planning tourism`)

// titleWords are capitalised titles that precede a name ("Secretary of
// State Marco Rubio", "Prime Minister Keir Starmer").
var titleWords = set(`president chancellor exchequer treasury minister premier secretary secretary-general leader chief cm eam nsa cllr cllr. clr cr aunty uncle
	alderman alderwoman ald. supervisor selectman selectwoman trustee headteacher headmaster headmistress
	sheriff steward superintendent councilmember assemblyman assemblywoman assemblymember
	lt-gen lt.-gen. maj-gen maj.-gen. brig-gen lt-col lt-general major-general lieutenant-general brigadier-general
	hh hrh vice-adm vice-adm. rear-adm rear-adm. vice-admiral rear-admiral air-marshal air-commodore lt-cdr lt-cmdr u
	ministers presidents envoys ambassadors commissioners negotiators advisers secretaries
	spokesperson spokesman spokeswoman adviser advisor envoy negotiator ambassador commissioner
	representative director director-general king queen emir prince princess sultan pope
	governor mayor senator sen. rep. gov. gen. lt. col. capt. adm. maj. sgt. dr. mr. mrs. ms. prof.
	lord lady sir dame general commander colonel lieutenant captain admiral marshal ayatollah brigadier brigadier-general
	prime vice deputy foreign defence defense interior finance trade special supreme high first
	state crown national security affairs chairman chairwoman chair speaker ceo pres. amb. rev. head
	rabbi imam archbishop cardinal patriarch metropolitan justice judge attorney vice-president
	undersecretary under-secretary deputy-prime executive acting federal councillor councilor
	congressman congresswoman senator-elect president-elect grand duke duchess crown-prince mp
	economy economic health energy justice home environment agriculture education culture
	transport labour labor development strategic industry mr mrs ms miss dr sir dame lord lady privy seal
	chairperson doña señor señora senora father padre reverend pastor monsignor mullah
	lt gen maj col brig adm capt sgt cmdr datuk dato tun wing-commander group-captain squadron-leader taoiseach tánaiste tanaiste pm whip whips generalissimo commissar daw host anchor presenter moderator
	analyst economist professor lawyer activist researcher historian scholar expert commentator
	lecturer academic campaigner strategist pollster sociologist diplomat lawmaker correspondent
	reporter editor mediator delegate prosecutor cleric prof ombudsman ombudswoman ombudsperson
	highness excellency excellencies majesty eminence holiness h.e. h.h. h.m. h.r.h. h.h.h. ruler honourable honorable hon. rt. eng.
	vice-premier vice-chairman vice-chairwoman vice-chair vice-minister vice-chancellor aide aides cs
	shri shrimati smt smt. shree manager officer commodore co-chair co-chairman co-chairwoman co-chairs
	engineer-in-chief brother sister financial-secretary secretary-treasurer recording-secretary
	fisheries livestock forestry irrigation aquaculture mining petroleum tourism housing
	attorney-general solicitor-general governor-general auditor-general inspector-general surgeon-general
	advocate-general prosecutor-general procurator-general comptroller-general
	mk mks minister-designate premier-designate president-designate chancellor-designate pm-designate taoiseach-designate
	cllrs ustadz ustaz maulana mawlawi maulvi moulvi mufti alhaji alhaja hajia mallam malam el-hadj el-hadji hadja herr frau monsieur madame mme mme. signor signora senhor senhora
	treasurer comptroller auditor registrar provost rector administrator coordinator organiser organizer convenor convener
	vp secstate secdef secwar sectreas secnav secdhs joint-secretary additional-secretary joint-director deputy-director
	peace reconciliation unity reunification integration cooperation infrastructure veterans
	canciller chanceler presidente presidenta ministro ministra vicepresidente vicepresidenta`)

// militaryRanks join with a hyphen into the compound ranks of many
// armies ("Colonel-Major", "General-Lieutenant", "Lieutenant-Colonel"),
// each a title before a name as the single ranks are.
var militaryRanks = strings.Fields(`general colonel major lieutenant brigadier commander captain admiral marshal`)

func init() {
	for _, a := range militaryRanks {
		for _, b := range militaryRanks {
			if a != b {
				titleWords[a+"-"+b] = true
			}
		}
	}
}

// honorifics may precede a name but are not part of the role.
var honorifics = set(`mr. mrs. ms. dr. sir dame lord lady mr mrs ms dr
	highness excellency excellencies majesty eminence holiness h.e. h.h. h.m. h.r.h. h.h.h. honourable honorable hon. rt. eng.
	hh hrh
	shri shrimati smt smt. shree brother sister ustadz ustaz maulana mawlawi maulvi moulvi alhaji alhaja hajia mallam malam el-hadj el-hadji hadja
	herr frau monsieur madame mme mme. signor signora senhor senhora m. daw u datuk dato dato' datin tun puan`)

// nameParticles are lower-case words inside names (Ursula von der Leyen).
var nameParticles = set(`von van der den de da di du la le bin ibn al el ben abu dos das del della ter zu y bint arap`)

// weekdays and months.
var weekdays = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9, "sept.": 9,
	"oct.": 10, "nov.": 11, "dec.": 12, "jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// notNameWords are capitalised words that are never part of a person's
// name: function words that open sentences, and words that mark places,
// organisations, events and things.
var notNameWords = set(functionWordList, thingWordList)

// functionWords are capitalised only when they open a sentence; they are
// stripped from the front of a run of capitalised words.
var functionWords = set(functionWordList)

const functionWordList = `the a an and but or nor so yet for if when while after before as since because
	though although in on at by with from to of into onto about above below over under between among
	through during without within against toward towards across behind beyond near upon this that
	these those there here it its it's he she they we i you his her their our my your him them us
	me who whom whose which what where why how not no yes all some many most more few several each
	every both either neither other another such only also even still just then now today tomorrow
	yesterday tonight meanwhile however instead moreover indeed earlier later asked speaking asked
	according despite amid following ahead under unlike like once last next first second third
	new old is was are were be been has had have do does did will would can could may might must
	should shall let please thank thanks dear oh well let's what's it's that's there's here's
	whether unless whereas whilst i'm i've i'd i'll we're we've we'd we'll you're they're`

const thingWordList = `
	unionist unionists nationalist nationalists loyalist loyalists republican republicans democrat democrats
	institut instituto istituto observatorio observatoire observatory
	conseil ministère assemblée société banque agence comité caisse autorité abroad diaspora board
	capitol house office commission ministry department council union nations press agency street base
	force forces army navy party court bank fund organization organisation treaty sea river island
	islands republic kingdom states city province region university institute center centre news
	times post guard assembly parliament congress senate summit conference forum palace hall
	airport hotel tower square group company corp inc ltd committee government administration
	cabinet embassy consulate authority service services agency foundation association alliance
	coalition movement front brigade battalion corps command church mosque cathedral museum
	stadium station bridge road avenue highway mountains mountain valley peninsula strait gulf ocean
	shoal shoals reef reefs atoll cay lake lakes desert cape canal dam pipeline corridor railway temple shrine monastery images photos brp uss hms hmas ins
	bay coast county district oblast krai state federation union club league tribunal security
	police military intelligence television radio network channel magazine journal review report
	reuters afp bloomberg tass ria interfax xinhua ap axios politico cnn bbc fox nbc abc cbs msnbc
	airlines airways plan initiative agreement accord deal act bill law constitution declaration
	charter protocol convention doctrine war operation campaign offensive crisis day week month
	year spring summer autumn fall winter christmas easter ramadan eid olympics games cup championship
	north south east west northern southern eastern western central middle far near
	community political economic federal democratic republican liberal conservative labour
	people's popular socialist communist green greens liberation revolutionary islamic
	cooperation development partnership coalition willing contact format declaration rights staff
	communique statement summit's agency's prize award order medal station
	hours minutes days moments quote details
	resources irrigation rejuvenation project projects programme program infrastructure affairs relations operations energy water
	planning orientation wage wages equality reconciliation budget statistics assistant caucasus balkans sahel
	africa asia europe oceania policy technology tech science sovereignty area zone transportation logistics studies
	joining flanked accompanied welcoming greeting hosting meeting standing sitting seated
	afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahrain
	bangladesh belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
	burkina burundi cambodia cameroon canada chile china colombia comoros congo croatia cuba
	cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji
	finland france gabon gambia germany ghana greece grenada guatemala guinea guyana haiti
	honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
	kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
	liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
	mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia
	nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama
	paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
	seychelles singapore slovakia slovenia somalia somaliland spain sudan suriname sweden switzerland
	syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey türkiye turkmenistan tuvalu
	uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe britain england
	scotland wales crimea donbas gaza kashmir tigray darfur kyiv moscow washington beijing london
	paris berlin brussels geneva doha cairo ankara istanbul riyadh jeddah tehran muscat baghdad
	damascus beirut jerusalem tel aviv kabul islamabad delhi tokyo seoul pyongyang taipei hanoi
	manila jakarta bangkok nairobi addis ababa khartoum kinshasa kigali goma tripoli tunis algiers
	rabat dakar abuja pretoria johannesburg havana caracas bogota bogotá quito brasilia
	brasília ottawa canberra rome madrid lisbon vienna warsaw prague budapest bucharest 
	belgrade pristina zagreb sarajevo skopje tirana athens helsinki stockholm oslo copenhagen
	tallinn riga vilnius minsk chisinau tbilisi yerevan baku astana tashkent alaska anchorage
	florida texas california york hague dhabi dubai sharm el-sheikh putrajaya kuala lumpur
	singapore busan osaka hiroshima vatican
	european african asian american arab islamic israeli palestinian global international
	monday tuesday wednesday thursday friday saturday sunday january february march april may june
	july august september october november december oval room`

// orgHeads mark a capitalised sequence as an organisation or institution.
var orgHeads = set(`ministry department office council commission agency government administration
	cabinet embassy parliament congress senate assembly committee union alliance party court
	bank fund service services authority kremlin house palace command forces army navy
	foundation institute organization organisation press news times post television radio network
	group company corporation movement front brigade bureau directorate secretariat division
	association federation confederation chamber league lobby society
	conseil ministère assemblée société banque agence comité caisse autorité board`)

// femaleNames are common female first names, used as a gender hint for
// pronoun resolution.
var femaleNames = set(`umm ursula giorgia kaja annalena olena melania hillary kamala nancy angela theresa liz
	maria mary anna anne jacinda sanna kristalina christine ngozi nikki condoleezza madeleine
	samantha linda susan karen elizabeth catherine kate victoria tulsi kristi pam karoline
	yulia julia iryna olga svetlana valentina tatiana natalia elena yelena ekaterina marine
	ségolène segolène segolene roberta mette magdalena ingrid lena laura sarah emily emma
	jill michelle barbara laura claudia dilma cristina gabriela marta alicia isabel sophie sofia
	ana beata ewa agnieszka katarina katalin zuzana maia salome hasina benazir indira
	golda tzipi ayelet nadia fatima leila aisha amina yasmin mariam noor hind reem rania queen
	penny priti suella yvette rachel shabana angela
	lisa alice helen jane janet joan judith julie karin kathleen kelly lauren margaret nicola
	patricia rebecca ruth sandra sharon stephanie tanja tina ursula wendy zelda thérèse therese
	marie maría marina mette magdalena ana-maria annalena ségolène hélène helene isabelle catherine
	claire françoise francoise anne-marie brigitte sylvie nathalie véronique veronique agnès agnes
	aurélie aurelie élisabeth elisabeth emmanuelle valérie valerie kristi kaja ingrida evika
	ekaterina oksana olha yuliia yulia tetiana iryna halyna khrystyna nadiya svitlana natalya
	lyudmila galina irina tatyana marta zuzana dubravka maia salome tamar nino shirin fatemeh
	zahra maryam leila layla huda rania dina amal nour hala mona samira sahar hana aisha ayesha
	benazir sheikh-hasina hasina priyanka nirmala smriti sushma indira sonia mamata meloni
	yoon-mi yoko yuriko sanae hye-kyung kyung-wha mi-kyung eun-ha su-jin ji-won ying yingying
	xiaoling mei li-ying wen-jing tsai ing-wen hsiao bi-khim erna gro mette-marie sanna
	kristrún katrín kirsti kersti kaja inga ilze laimdota dalia giedre ingrida viola mairead
	michelle emma emily olivia sophia amelia charlotte harriet lucy kemi priti suella
	liz theresa yvette angela rachel bridget lisa jacinda penny kamala nikki condoleezza
	madeleine hillary tulsi kristi pam karoline susie elise nancy tammy amy jeanne janet gina
	gabriela gabriella claudia xiomara dina dilma cristina michelle luisa fernanda rosalba
	carolina delcy maría-corina corina anya katya tanya sonya maya priya aliya olya nadya daria darya`)

// maleNames are common male first names, used as a gender hint for pronoun
// resolution; they include the male names ending in -a that femaleFirst
// would otherwise take for female ones.
var maleNames = set(`john james robert michael william david richard joseph thomas charles christopher daniel
	matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald
	edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
	benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam
	henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah
	gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert
	willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby
	philip johnny marco marcus mike tom tim ben sam max lars hans jan jens karl klaus olaf friedrich
	emmanuel pierre jacques francois françois michel nicolas olivier sebastien sébastien antoine
	luc yves bruno thierry gerhard helmut wolfgang jurgen jürgen heinz horst dieter markus matthias
	stefan andreas sergei sergey vladimir dmitry dmitri yuri alexei alexey mikhail nikolai ivan igor
	oleg viktor boris andrei andriy volodymyr petro oleksandr oleksiy mykhailo taras vitali vitaly
	rustem denys kyrylo maksym ali mohammed muhammad mohamed mohammad ahmed ahmad hassan hussein omar
	khalid abdullah abdel abdul ibrahim yusuf youssef mahmoud mustafa mustapha hamza osama usama
	yahya musa isa ismail tariq faisal nasser salman tamim recep hakan mevlut ilham nikol
	narendra rahul shehbaz imran nawaz benjamin yair yoav isaac itzhak naftali avi moshe
	luiz lula javier gustavo nicolas nicolás andres andrés pedro carlos miguel luis jorge alberto
	fernando alejandro ricardo rafael antonio giuseppe giovanni matteo luca mario sergio
	giorgos kyriakos nikos joao joão marcelo recep keir rishi boris david ed nigel kemi
	kwame kofi john-paul jean-noel jean-noël jean-yves josep pablo cyril jacob uhuru william
	abiy isaias salva riek yoweri paul felix félix denis emmerson hage nana bola ahmed tinubu
	mykola ilya nikita misha kostya dima juha akira mika nikola joshua jonah ezra barnabas
	jeremiah zacharia zakaria garba aliyu hiroshi shinzo fumio shigeru yoshihide taro
	jae-myung suk-yeol min-seok anwar prabowo joko ferdinand rodrigo moqtada muqtada taha reda ridha
	murtada mujtaba mostafa kenta shota yuta ryota aditya krishna chaitanya nana kostya luka elia
	jiri reza alireza gholamreza hamidreza mohammadreza mojtaba morteza moussa aleksa ivica sasa saša
	pekka jukka ola mattia battista andrija kuba shiva rama vishnu oussama boubakar jonas micheál micheal
	simon andré andre jens-christian wopke mark masoud abbas hossein hakan sergio emmanuel
	khawaja raja zia ata mirza hamza attaullah ataullah sanaullah rana`)

// femaleFirst reports whether a first name is known or likely to be a
// woman's: listed, or ending in -a (Dorothea, Helena) unless a known male
// name. maleFirst reports whether it is a man's.
func femaleFirst(first string) bool {
	low := strings.ToLower(first)
	if femaleNames[low] {
		return true
	}
	// (not -ya: Tatsuya, Aditya and Surya are men, Tanya and Priya women;
	// nor Japanese -masa: Yoshimasa, Norimasa, Takamasa are men)
	return len(low) >= 4 && strings.HasSuffix(low, "a") && !strings.HasSuffix(low, "ya") && !strings.HasSuffix(low, "masa") && !maleNames[low] && !unisexNames[low] && !strings.Contains(low, ".")
}

// unisexNames are first names borne by men and women alike (or surnames
// that open East Asian names): no gender hint.
var unisexNames = set(`andrea sasha kim jean alexis jordan taylor robin nikita vanja luca nicola mika`)

func maleFirst(first string) bool { return maleNames[strings.ToLower(first)] }
