// Countries and a few territories, one a line: the usual short name | other names that
// mean the same country (formal names, older or local spellings) | adjectives and
// demonyms, which name no place. Names are written without a leading "the".
// Formal names reduce to the short name ("Republic of Kazakhstan" -> Kazakhstan).
const table = `
Afghanistan|Islamic Republic of Afghanistan;Islamic Emirate of Afghanistan|Afghan;Afghans;Afghani
Albania|Republic of Albania|Albanian;Albanians
Algeria|People's Democratic Republic of Algeria|Algerian;Algerians
Andorra|Principality of Andorra|Andorran
Angola|Republic of Angola|Angolan;Angolans
Antigua and Barbuda||Antiguan;Barbudan
Argentina|Argentine Republic|Argentine;Argentinian;Argentines;Argentinians
Armenia|Republic of Armenia|Armenian;Armenians
Australia|Commonwealth of Australia|Australian;Australians
Austria|Republic of Austria|Austrian;Austrians
Azerbaijan|Republic of Azerbaijan|Azerbaijani;Azerbaijanis;Azeri;Azeris
Bahamas|Commonwealth of the Bahamas|Bahamian;Bahamians
Bahrain|Kingdom of Bahrain|Bahraini;Bahrainis
Bangladesh|People's Republic of Bangladesh|Bangladeshi;Bangladeshis
Barbados||Barbadian;Barbadians
Belarus|Republic of Belarus|Belarusian;Belarusians;Belarussian
Belgium|Kingdom of Belgium|Belgian;Belgians
Belize||Belizean
Benin|Republic of Benin|Beninese
Bhutan|Kingdom of Bhutan|Bhutanese
Bolivia|Plurinational State of Bolivia;Bolivia (Plurinational State of)|Bolivian;Bolivians
Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnian;Bosnians;Herzegovinian
Botswana|Republic of Botswana|Botswanan;Motswana;Batswana
Brazil|Federative Republic of Brazil|Brazilian;Brazilians
Brunei|Brunei Darussalam;Nation of Brunei|Bruneian
Bulgaria|Republic of Bulgaria|Bulgarian;Bulgarians
Burkina Faso||Burkinabe;Burkinabé
Burundi|Republic of Burundi|Burundian;Burundians
Cabo Verde|Republic of Cabo Verde;Cape Verde|Cabo Verdean;Cape Verdean
Cambodia|Kingdom of Cambodia|Cambodian;Cambodians;Khmer
Cameroon|Republic of Cameroon|Cameroonian;Cameroonians
Canada||Canadian;Canadians
Central African Republic||Central African
Chad|Republic of Chad|Chadian;Chadians
Chile|Republic of Chile|Chilean;Chileans
China|People's Republic of China;PRC|Chinese
Colombia|Republic of Colombia|Colombian;Colombians
Comoros|Union of the Comoros|Comorian
Congo|Republic of the Congo;Republic of Congo;Congo-Brazzaville|Congolese
Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa;Democratic Republic of Congo|
Costa Rica|Republic of Costa Rica|Costa Rican;Costa Ricans
Côte d'Ivoire|Republic of Côte d'Ivoire;Cote d'Ivoire;Ivory Coast|Ivorian;Ivorians
Croatia|Republic of Croatia|Croatian;Croatians;Croat;Croats
Cuba|Republic of Cuba|Cuban;Cubans
Cyprus|Republic of Cyprus|Cypriot;Cypriots
Czechia|Czech Republic|Czech;Czechs
Denmark|Kingdom of Denmark|Danish;Danes;Dane
Djibouti|Republic of Djibouti|Djiboutian
Dominica|Commonwealth of Dominica|Dominican
Dominican Republic||
Ecuador|Republic of Ecuador|Ecuadorian;Ecuadorians
Egypt|Arab Republic of Egypt|Egyptian;Egyptians
El Salvador|Republic of El Salvador|Salvadoran;Salvadorans
Equatorial Guinea|Republic of Equatorial Guinea|Equatoguinean;Equatorial Guinean
Eritrea|State of Eritrea|Eritrean;Eritreans
Estonia|Republic of Estonia|Estonian;Estonians
Eswatini|Kingdom of Eswatini;Swaziland|Swazi;Emaswati
Ethiopia|Federal Democratic Republic of Ethiopia|Ethiopian;Ethiopians
Fiji|Republic of Fiji|Fijian;Fijians
Finland|Republic of Finland|Finnish;Finns
France|French Republic|French
Gabon|Gabonese Republic|Gabonese
Gambia|Republic of the Gambia;Republic of The Gambia|Gambian;Gambians
Georgia||Georgian;Georgians
Germany|Federal Republic of Germany|German;Germans
Ghana|Republic of Ghana|Ghanaian;Ghanaians
Greece|Hellenic Republic|Greek;Greeks;Hellenic
Grenada||Grenadian
Guatemala|Republic of Guatemala|Guatemalan;Guatemalans
Guinea|Republic of Guinea|Guinean;Guineans
Guinea-Bissau|Republic of Guinea-Bissau|Bissau-Guinean
Guyana|Co-operative Republic of Guyana;Cooperative Republic of Guyana|Guyanese
Haiti|Republic of Haiti|Haitian;Haitians
Holy See|Vatican;Vatican City;Vatican City State|
Honduras|Republic of Honduras|Honduran;Hondurans
Hungary||Hungarian;Hungarians
Iceland||Icelandic;Icelanders
India|Republic of India;Bharat|Indian;Indians
Indonesia|Republic of Indonesia|Indonesian;Indonesians
Iran|Islamic Republic of Iran;Iran (Islamic Republic of);Persia|Iranian;Iranians;Persian
Iraq|Republic of Iraq|Iraqi;Iraqis
Ireland|Republic of Ireland|Irish
Israel|State of Israel|Israeli;Israelis
Italy|Italian Republic|Italian;Italians
Jamaica||Jamaican;Jamaicans
Japan||Japanese
Jordan|Hashemite Kingdom of Jordan|Jordanian;Jordanians
Kazakhstan|Republic of Kazakhstan;Kazakstan|Kazakh;Kazakhs;Kazakhstani;Kazakhstanis
Kenya|Republic of Kenya|Kenyan;Kenyans
Kiribati|Republic of Kiribati|I-Kiribati
Kuwait|State of Kuwait|Kuwaiti;Kuwaitis
Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani;Kirghiz
Laos|Lao People's Democratic Republic;Lao PDR|Lao;Laotian;Laotians
Latvia|Republic of Latvia|Latvian;Latvians
Lebanon|Lebanese Republic|Lebanese
Lesotho|Kingdom of Lesotho|Basotho;Mosotho
Liberia|Republic of Liberia|Liberian;Liberians
Libya|State of Libya|Libyan;Libyans
Liechtenstein|Principality of Liechtenstein|Liechtensteiner
Lithuania|Republic of Lithuania|Lithuanian;Lithuanians
Luxembourg|Grand Duchy of Luxembourg|Luxembourgish;Luxembourger
Madagascar|Republic of Madagascar|Malagasy
Malawi|Republic of Malawi|Malawian;Malawians
Malaysia||Malaysian;Malaysians
Maldives|Republic of Maldives;Republic of the Maldives|Maldivian;Maldivians
Mali|Republic of Mali|Malian;Malians
Malta|Republic of Malta|Maltese
Marshall Islands|Republic of the Marshall Islands|Marshallese
Mauritania|Islamic Republic of Mauritania|Mauritanian;Mauritanians
Mauritius|Republic of Mauritius|Mauritian;Mauritians
Mexico|United Mexican States|Mexican;Mexicans
Micronesia|Federated States of Micronesia;Micronesia (Federated States of)|Micronesian
Moldova|Republic of Moldova|Moldovan;Moldovans
Monaco|Principality of Monaco|Monegasque
Mongolia||Mongolian;Mongolians
Montenegro||Montenegrin;Montenegrins
Morocco|Kingdom of Morocco|Moroccan;Moroccans
Mozambique|Republic of Mozambique|Mozambican;Mozambicans
Myanmar|Republic of the Union of Myanmar;Burma|Burmese
Namibia|Republic of Namibia|Namibian;Namibians
Nauru|Republic of Nauru|Nauruan
Nepal|Federal Democratic Republic of Nepal|Nepali;Nepalese
Netherlands|Kingdom of the Netherlands;Holland|Dutch
New Zealand|Aotearoa|New Zealander;New Zealanders
Nicaragua|Republic of Nicaragua|Nicaraguan;Nicaraguans
Niger|Republic of the Niger;Republic of Niger|Nigerien;Nigeriens
Nigeria|Federal Republic of Nigeria|Nigerian;Nigerians
North Korea|Democratic People's Republic of Korea;DPRK|North Korean;North Koreans
Northern Cyprus|Turkish Republic of Northern Cyprus;TRNC|Turkish Cypriot;Turkish Cypriots
North Cyprus||
North Macedonia|Republic of North Macedonia;Macedonia|Macedonian;Macedonians
Norway|Kingdom of Norway|Norwegian;Norwegians
Oman|Sultanate of Oman|Omani;Omanis
Pakistan|Islamic Republic of Pakistan|Pakistani;Pakistanis
Palau|Republic of Palau|Palauan
Palestine|State of Palestine|Palestinian;Palestinians
Panama|Republic of Panama|Panamanian;Panamanians
Papua New Guinea|Independent State of Papua New Guinea|Papua New Guinean
Paraguay|Republic of Paraguay|Paraguayan;Paraguayans
Peru|Republic of Peru|Peruvian;Peruvians
Philippines|Republic of the Philippines|Philippine;Filipino;Filipinos
Poland|Republic of Poland|Polish;Poles
Portugal|Portuguese Republic|Portuguese
Qatar|State of Qatar|Qatari;Qataris
Romania||Romanian;Romanians
Russia|Russian Federation|Russian;Russians
Rwanda|Republic of Rwanda|Rwandan;Rwandans
Saint Kitts and Nevis|Federation of Saint Kitts and Nevis;St. Kitts and Nevis|Kittitian;Nevisian
Saint Lucia|St. Lucia|Saint Lucian
Saint Vincent and the Grenadines|St. Vincent and the Grenadines|Vincentian
Samoa|Independent State of Samoa|Samoan;Samoans
San Marino|Republic of San Marino|Sammarinese
Sao Tome and Principe|São Tomé and Príncipe;Democratic Republic of Sao Tome and Principe;Democratic Republic of São Tomé and Príncipe|Santomean
Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudis;Saudi Arabian
Senegal|Republic of Senegal|Senegalese
Serbia|Republic of Serbia|Serbian;Serbians;Serb;Serbs
Seychelles|Republic of Seychelles|Seychellois
Sierra Leone|Republic of Sierra Leone|Sierra Leonean
Singapore|Republic of Singapore|Singaporean;Singaporeans
Slovakia|Slovak Republic|Slovak;Slovaks
Slovenia|Republic of Slovenia|Slovenian;Slovene;Slovenes
Solomon Islands||Solomon Islander
Somalia|Federal Republic of Somalia|Somali;Somalis
South Africa|Republic of South Africa|South African;South Africans
South Korea|Republic of Korea;ROK|South Korean;South Koreans;Korean;Koreans
Korea||
South Sudan|Republic of South Sudan|South Sudanese
Spain|Kingdom of Spain|Spanish;Spaniards
Sri Lanka|Democratic Socialist Republic of Sri Lanka|Sri Lankan;Sri Lankans
Sudan|Republic of the Sudan;Republic of Sudan|Sudanese
Suriname|Republic of Suriname|Surinamese
Sweden|Kingdom of Sweden|Swedish;Swedes
Switzerland|Swiss Confederation|Swiss
Syria|Syrian Arab Republic|Syrian;Syrians
Tajikistan|Republic of Tajikistan|Tajik;Tajiks;Tajikistani
Tanzania|United Republic of Tanzania|Tanzanian;Tanzanians
Thailand|Kingdom of Thailand|Thai
Timor-Leste|Democratic Republic of Timor-Leste;East Timor|Timorese
Togo|Togolese Republic|Togolese
Tonga|Kingdom of Tonga|Tongan;Tongans
Trinidad and Tobago|Republic of Trinidad and Tobago|Trinidadian;Tobagonian
Tunisia|Republic of Tunisia|Tunisian;Tunisians
Türkiye|Republic of Türkiye;Turkiye;Republic of Turkiye|Turkish;Turks
Turkey|Republic of Turkey|
Turkmenistan||Turkmen
Tuvalu||Tuvaluan
Uganda|Republic of Uganda|Ugandan;Ugandans
Ukraine||Ukrainian;Ukrainians
United Arab Emirates|UAE;Emirates|Emirati;Emiratis
United Kingdom|United Kingdom of Great Britain and Northern Ireland;UK;U.K.;Great Britain;Britain|British;Briton;Britons
United States|United States of America;USA;U.S.A.;US;U.S.|American;Americans
Uruguay|Oriental Republic of Uruguay|Uruguayan;Uruguayans
Uzbekistan|Republic of Uzbekistan|Uzbek;Uzbeks;Uzbekistani
Vanuatu|Republic of Vanuatu|Ni-Vanuatu
Venezuela|Bolivarian Republic of Venezuela;Venezuela (Bolivarian Republic of)|Venezuelan;Venezuelans
Vietnam|Socialist Republic of Vietnam|Vietnamese
Viet Nam|Socialist Republic of Viet Nam|
Yemen|Republic of Yemen|Yemeni;Yemenis
Zambia|Republic of Zambia|Zambian;Zambians
Zimbabwe|Republic of Zimbabwe|Zimbabwean;Zimbabweans
Kosovo|Republic of Kosovo|Kosovar;Kosovan
Taiwan||Taiwanese
Hong Kong|Hong Kong SAR;Hong Kong Special Administrative Region|
Macao|Macau;Macao SAR;Macao Special Administrative Region|Macanese
Western Sahara||Sahrawi
Greenland||Greenlandic
Puerto Rico||Puerto Rican
Cook Islands||Cook Islander
Niue||Niuean
Soviet Union|Union of Soviet Socialist Republics;USSR|Soviet
`

export interface CountryEntry {
  /** The usual short name. */
  name: string
  /** Other names of the same country. */
  variants: string[]
  /** Adjectives and demonyms: not places. */
  adjectives: string[]
}

const split = (field: string | undefined): string[] =>
  (field ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)

/** Every country in the table. */
export const countries: CountryEntry[] = table
  .trim()
  .split('\n')
  .map((line) => {
    const [name, variants, adjectives] = line.split('|')
    return { name: name!.trim(), variants: split(variants), adjectives: split(adjectives) }
  })
