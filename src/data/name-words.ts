// Words that tell what a capitalised name is. The head of a name (its last such word
// before "of", "for", "on" or "with") decides: "Council" makes an organization,
// "Summit" an event, "Charter" a document, "President" a person's title.

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/))

/** Heads of organization names ("Peace and Security Council of the African Union"). */
export const organizationHeads = words(`
Organization Organisation Council Commission Committee Association Fund Bank Center Centre
Institute Institution Ministry Government Assembly Secretariat Forum Union Agency Authority
Foundation Alliance Consortium Board Forces Force League Group Office Department Court Tribunal
Parliament Senate Congress Cabinet Chamber Structure Bureau Mission Service Corporation Company
University Academy Society Federation Party Movement Network Arrangement Police Army Navy Guard
Directorate Inspectorate Administration Coalition Confederation Conference Majlis Duma Knesset
Panel Commissariat Registry Laboratory Hospital School College Museum Library Observatory Club
Cooperative Trust Enterprise Airlines Railways Chancellery Embassy Consulate Delegation
Representation Legislature Times Herald Gazette Tribune Radio Television Broadcasting Community
Division Unit Faculty Organ Body Brigade Corps Facility Secretariats Directorate-General
Gesellschaft Stiftung Institut Organisation Organización Organização Agence Banco Banque Fundación Fondation
Ministerio Ministère Comité Conseil Asociación Instituto Universidad Université Bundestag Bundesrat
`)

/**
 * Organization heads that take a country after "in" or "at" as part of the name
 * ("Friendship and Cooperation Centre in Tajikistan"); a city only the heads of
 * offices named by their seat ("Council of Europe Office in Chișinău").
 */
export const placeBoundHeads = words(`
Center Centre Office Mission Embassy Consulate Delegation Representation Institute Bureau Branch
University
`)
export const cityBoundHeads = words(
  'Office Mission Embassy Consulate Delegation Representation Bureau Branch',
)

/** Heads of bodies that are often events: kept only when the text links them to a code or a short form ("the Forum proposes"). */
export const weakHeads = words('Conference Forum Congress Community Arrangement')

/** Heads of event names: not organizations ("Fifteenth BRICS Summit"). */
export const eventHeads = words(`
Summit Summits Meeting Meetings Session Sessions Games Festival Expo Exhibition Fair Year Day Days Week
Decade Olympics Talks Round Ceremony Celebration Anniversary Visit Exercise Drills Championship
Championships Cup Marathon Retreat Dialogue Symposium Seminar Workshop Roundtable Consultations
Plenary Gala Show Tour Race Debate Hearing Briefing Election Elections Referendum Campaign
`)

/** Heads of document names: not organizations ("SCO Charter"). */
export const documentHeads = words(`
Charter Agreement Agreements Treaty Treaties Convention Conventions Declaration Declarations Statement
Resolution Resolutions Memorandum Protocol Plan Agenda Strategy Programme Program Communiqué
Communique Report Act Law Code Accord Accords Pact Concept Framework Roadmap Consensus Guidelines
Principles Standards Goals Goal Blueprint Vision Covenant Constitution Compact Document Outlook
Regulations Rules Decision Decisions Recommendations Conclusions Manifesto Appeal Letter Directive
Budget Initiative Doctrine Spirit Review Action
`)

/** Heads of facilities, areas, projects and ideas: not organizations ("China-SCO Friendship Expo Park"). */
export const otherHeads = words(`
Process Format Mechanism Partnership Corridor Belt Road Zone Area Park House Headquarters Platform
Region Route Project Bridge Port Pipeline Highway Railway Airport Hall Palace Square Building Tower
Street Avenue Economy Market Era Order Architecture System Model Award Prize Medal Crisis
War Revolution Sea Ocean Gulf Strait Lake River Mountains Peninsula Valley Basin Desert Canal
Presidency Chairmanship Chairship Secretary-Generalship Territory Territories Languages Language
`)

/** Titles that a person's name may follow ("Secretary-General António Guterres"). */
export const titleWords = words(`
President Vice-President President-elect Minister Secretary-General Secretary Under-Secretary-General
Deputy Director Director-General Chairman Chairwoman Chairperson Chair Vice-Chairman Vice-Chairperson
Chancellor King Queen Prince Princess Emir Amir Sultan Ambassador Envoy Representative
Commissioner Governor Mayor Spokesperson Spokesman Spokeswoman Senator Speaker Chief Commander Pope
Patriarch Imam Counsellor Counselor Adviser Advisor Coordinator Rapporteur Head Premier Vice-Premier
Leader Founder Consul Consul-General Delegate Judge Prosecutor Registrar Administrator Executive
Officer Councillor Councilor Attaché Chargé Marshal Admiral Colonel Lieutenant Captain Major
Excellency Majesty Highness Monarch Crown Emperor Empress Grand Duke General Member
`)

/** Plural nouns for groups of people and states: never names ("Member States", "Foreign Ministers"). */
export const groupWords = words(`
Ministers Leaders Heads Members States Parties Countries Nations Peoples People Governors
Representatives Delegations Participants Envoys Presidents Chairs Observers Partners Officials
Authorities Experts Scholars Youth Women Children Friends Brothers Sisters
`)

/** After "on the", these begin a topic, not the rest of a name ("Council on the Situation in ..."). */
export const topicWords = words(`
Situation Question Occasion Issue Issues Matter Sidelines Margins Eve Basis Implementation Outcome Results
Theme Topic Subject Role Way Path Status Progress Work Report Activities Establishment Admission
Crisis Conflict War Agenda
Strengthening Countering Combating Combatting Promoting Enhancing Ensuring Preventing Supporting Fostering
Advancing Addressing Establishing Implementing Improving Protecting Achieving Developing Deepening Expanding
Maintaining Accelerating Building
`)

/** Capitalised only at the start of a sentence: not name words. */
export const functionWords = words(`
the a an this that these those we it they he she i you our its their his her my your us them there here
in on at for of by with as and but or nor to from into onto upon over under through between among
all both each every such some any other another no not also however moreover furthermore therefore thus
while when where whereas if since after before during following pursuant according regarding concerning
today yesterday tomorrow now then what which who whom whose why how let please thank thanks yes so
recalling noting guided welcoming commending taking recognizing recognising reaffirming acknowledging
expressing emphasizing emphasising stressing underlining bearing considering convinced determined
mindful aware desiring having being further
`)

/** Words that alone cannot make a head word a name ("State and Government" in "Heads of State and Government"). */
export const genericWords = words(
  'State States Member Members Government Governments Head Heads National',
)

/** Possessives that are part of a name, not its owner ("Chinese People's Association"). */
export const namePossessives = words(`
People's Peoples' Children's Women's Men's Workers' Youth's Farmers' Veterans' Employers' Journalists'
Writers' Lawyers' Teachers' Heroes' Martyrs' Nations' Citizens' Students' Scientists' Entrepreneurs'
`)

/** Words that come between the parts of a person's name ("Mohammed bin Salman", "von der Leyen"). */
export const nameParticles = words(
  'bin bint ibn al el von van der den de da dos das du la le y für und di del della des do',
)

/** Words before a person's name that are not titles of office. */
export const honorifics = words(
  'Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. H.E. Madam Madame Sir Dame Lord Lady',
)

export const months = words(`
January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
`)

export const weekdays = words('Monday Tuesday Wednesday Thursday Friday Saturday Sunday')

/** Continents and broad regions: not places, but may end an organization's name ("... in Asia"). */
export const regions = words(`
Africa Asia Europe America Americas Oceania Antarctica Eurasia Arctic Caribbean Pacific Atlantic
Mediterranean Balkans Sahel Maghreb Levant Caucasus Scandinavia
`)

/** Adjectives of regions, peoples and faiths: not places ("Arab cities", "African countries"). */
export const regionAdjectives = words(`
Arab Arabic African Asian European Latin Western Eastern Northern Southern Central Islamic Muslim
Christian Jewish Hindu Buddhist Nordic Baltic Slavic Turkic Pan-African Eurasian Caucasian Sahelian
Mediterranean Atlantic Pacific Arctic Caribbean Andean Amazonian Balkan Gulf Kurdish Pashtun Uyghur
Uighur Tibetan Hispanic Indigenous Aboriginal Soviet Ottoman Roman Byzantine Caspian Anglophone
Francophone Lusophone
`)

/** Multi-word regions and features that contain place names but are not places ("South China Sea"). */
export const regionPhrases = `
South China Sea;East China Sea;Horn of Africa;Gulf of Aden;Gulf of Guinea;Gulf of Mexico;Sea of Japan;
Strait of Hormuz;Bay of Bengal;Lake Chad;Lake Chad Basin;Persian Gulf;Arabian Gulf;Sea of Azov;
Korean Peninsula;Indian Ocean;Central Asia;South Asia;East Asia;Southeast Asia;South-East Asia;West Asia;
North Africa;West Africa;East Africa;Southern Africa;Central Africa;Sub-Saharan Africa;Middle East;
Near East;Far East;Latin America;South America;North America;Central America;Asia-Pacific;Asia Pacific;
Indo-Pacific;Global South;Global North;Western Europe;Eastern Europe;Central Europe;South Caucasus;
Black Sea;Caspian Sea;Red Sea;Dead Sea;Aral Sea;Panama Canal;Suez Canal;Lake Victoria;Great Lakes;
Mekong;Mekong River;Nile;Nile River;Danube;Amazon;Himalayas;Pamir;Tian Shan;Sahara;Gobi;Greater Eurasia;
Euro-Atlantic;Euro-Asian;Trans-Caspian;Afro-Asian
`
  .split(';')
  .map((item) => item.trim())
  .filter(Boolean)

/** Capitalised subject words of titles and names: never part of a person's name ("Minister for Foreign Affairs Penny Wong"). */
export const subjectWords = words(`
Affairs Foreign Defence Defense Finance Trade Economy Economic Justice Interior Internal State Health
Education Culture Cultural Development Security Public National International Relations Cooperation
Energy Agriculture Environment Industry Commerce Labour Labor Tourism Transport Communications
Information Technology Science Sciences Emergency Emergencies Humanitarian Human Rights Social Welfare
Youth Sports Sport Women Family Water Resources Natural Climate Digital Innovation Investment Planning
Budget Revenue Customs Border Immigration Migration Peace Friendship Strategic Studies General Deputy
Executive Special Permanent High First Vice Acting Former Chief Senior Prime Crown Royal Supreme
Federal Regional Provincial Municipal Central Joint United Assistant Associate Principal Honorary
Affair Ministry Office Eminent Excellency Majesty Highness Honourable Honorable Madam Mister Doctor
God Almighty Allah Holy Quran Koran Bible Prophet Lord Universe Earth Nature Mother Heaven Creator Messenger
Scripture Gospel Psalm Torah
`)
