// Provinces, states, regions and other administrative areas of the larger countries,
// and areas that official texts name as places (the Gaza Strip, Crimea). Separated by ";".
// A name is recorded without its suffix: "Hubei Province" -> Hubei (see find-places).
const table = `
Anhui;Beijing Municipality;Chongqing Municipality;Fujian;Gansu;Guangdong;Guangxi;Guangxi Zhuang Autonomous Region;
Guizhou;Hainan;Hebei;Heilongjiang;Henan;Hubei;Hunan;Inner Mongolia;Inner Mongolia Autonomous Region;Jiangsu;
Jiangxi;Jilin;Liaoning;Ningxia;Ningxia Hui Autonomous Region;Qinghai;Shaanxi;Shandong;Shanxi;Sichuan;Yunnan;
Zhejiang;Xinjiang;Xinjiang Uygur Autonomous Region;Xinjiang Uyghur Autonomous Region;Tibet;Xizang;
Tibet Autonomous Region;Xizang Autonomous Region;
Andhra Pradesh;Arunachal Pradesh;Assam;Bihar;Chhattisgarh;Gujarat;Haryana;Himachal Pradesh;Jharkhand;Karnataka;
Kerala;Madhya Pradesh;Maharashtra;Manipur;Meghalaya;Mizoram;Nagaland;Odisha;Punjab;Rajasthan;Sikkim;Tamil Nadu;
Telangana;Tripura;Uttar Pradesh;Uttarakhand;West Bengal;Jammu and Kashmir;Ladakh;Kashmir;Andaman and Nicobar Islands;
Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Hawaii;Idaho;Illinois;Indiana;
Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;Montana;
Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;North Carolina;North Dakota;Ohio;Oklahoma;Oregon;
Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;West Virginia;Wisconsin;Wyoming;
Moscow Oblast;Leningrad Oblast;Tatarstan;Bashkortostan;Chechnya;Chechen Republic;Dagestan;Ingushetia;
North Ossetia;Kabardino-Balkaria;Karachay-Cherkessia;Adygea;Kalmykia;Buryatia;Tuva;Yakutia;Sakha;Altai;
Altai Republic;Altai Krai;Khakassia;Mordovia;Chuvashia;Udmurtia;Mari El;Komi;Karelia;Primorsky Krai;
Khabarovsk Krai;Krasnodar Krai;Krasnoyarsk Krai;Stavropol Krai;Perm Krai;Kamchatka;Sakhalin;Chukotka;
Crimea;Donbas;Donbass;
Punjab;Sindh;Khyber Pakhtunkhwa;Balochistan;Baluchistan;Gilgit-Baltistan;Azad Jammu and Kashmir;
Acre;Alagoas;Amapá;Amazonas;Bahia;Ceará;Espírito Santo;Goiás;Maranhão;Mato Grosso;Mato Grosso do Sul;
Minas Gerais;Pará;Paraíba;Paraná;Pernambuco;Piauí;Rio Grande do Norte;Rio Grande do Sul;Rondônia;Roraima;
Santa Catarina;Sergipe;Tocantins;
Alberta;British Columbia;Manitoba;New Brunswick;Newfoundland and Labrador;Nova Scotia;Ontario;
Prince Edward Island;Quebec;Québec;Saskatchewan;Yukon;Nunavut;Northwest Territories;
New South Wales;Queensland;South Australia;Tasmania;Western Australia;Northern Territory;
Aceh;North Sumatra;West Sumatra;Riau;Jambi;South Sumatra;Lampung;Banten;West Java;Central Java;East Java;
Kalimantan;East Kalimantan;West Kalimantan;Sulawesi;South Sulawesi;North Sulawesi;Papua;West Papua;Maluku;
Sabah;Sarawak;Johor;Kedah;Kelantan;Pahang;Perak;Selangor;Terengganu;Mindanao;Luzon;Visayas;
Abia;Adamawa;Akwa Ibom;Anambra;Bauchi;Bayelsa;Benue;Borno;Cross River;Delta State;Ebonyi;Edo;Ekiti;Gombe;Imo;
Jigawa;Kaduna State;Kano State;Katsina;Kebbi;Kogi;Kwara;Lagos State;Nasarawa;Niger State;Ogun;Ondo;Osun;Oyo;
Plateau State;Rivers State;Sokoto;Taraba;Yobe;Zamfara;
Darfur;North Darfur;South Darfur;West Darfur;East Darfur;Central Darfur;Kordofan;North Kordofan;South Kordofan;
West Kordofan;Blue Nile;Upper Nile;Jonglei;Warrap;Central Equatoria;Eastern Equatoria;Western Equatoria;
Western Bahr el Ghazal;Northern Bahr el Ghazal;White Nile;Gezira;Al Jazirah;Kassala State;Red Sea State;Abyei;
Tigray;Amhara;Oromia;Afar;Somali Region;Benishangul-Gumuz;Sidama;Gambella;
Donetsk Oblast;Luhansk Oblast;Zaporizhzhia;Zaporizhzhia Oblast;Kherson;Kherson Oblast;Kharkiv Oblast;
Sughd;Khatlon;Gorno-Badakhshan;Badakhshan;Karakalpakstan;Chuy;Issyk-Kul;
Batken;Naryn;Talas;Mangystau;Akmola;Almaty Region;Zhambyl;Kyzylorda Region;Abai Region;Zhetysu;Ulytau;
Khuzestan;Sistan and Baluchestan;Kurdistan Region;Kurdistan;Nineveh;Anbar;
Helmand;Nangarhar;Balkh;Panjshir;Kunar;
Cabo Delgado;Ituri;North Kivu;South Kivu;Kasai;Katanga;Tillabéri;Diffa;Menaka;Ménaka;
Puntland;Somaliland;Jubaland;
Baden-Württemberg;Bavaria;Brandenburg;Hesse;Lower Saxony;Mecklenburg-Vorpommern;North Rhine-Westphalia;
Rhineland-Palatinate;Saarland;Saxony;Saxony-Anhalt;Schleswig-Holstein;Thuringia;
Catalonia;Andalusia;Basque Country;Galicia;Lombardy;Sicily;Sardinia;Tuscany;Corsica;Normandy;Brittany;
England;Scotland;Wales;Northern Ireland;
Chiapas;Oaxaca;Jalisco;Sonora;Chihuahua;Baja California;Yucatán;Yucatan;
West Bank;East Jerusalem;Golan;Golan Heights;Syrian Golan;Nagorno-Karabakh;Karabakh;Nakhchivan;
Rakhine;Shan State;Kachin;Abkhazia;South Ossetia;Transnistria;Kaliningrad Oblast;Hokkaido;Kyushu;Mindanao;Bougainville;Zanzibar
`

/** Province, state and region names. */
export const provinces: string[] = table
  .split(';')
  .map((item) => item.trim())
  .filter(Boolean)
