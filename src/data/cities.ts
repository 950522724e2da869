// Capitals and other cities that official texts and wire reports name, separated by
// ";" (a variant spelling after "=" maps to the name before it: "Kiev=Kyiv" records
// Kyiv). Words that are also common English words ("Nice", "Split", "Male") are left out:
// as a sentence's first word they would be read as places.
const table = `
Kabul;Tirana;Algiers;Oran;Luanda;Buenos Aires;Cordoba;Yerevan;Gyumri;Canberra;Sydney;Melbourne;Perth;Brisbane;
Vienna;Baku;Ganja;Shusha;Nassau;Manama;Dhaka;Chittagong;Bridgetown;Minsk;Brest;Gomel;Brussels;Antwerp;Belmopan;
Porto-Novo;Cotonou;Thimphu;La Paz;Sucre;Santa Cruz;Sarajevo;Gaborone;Brasilia;Brasília;Rio de Janeiro;São Paulo;
Sao Paulo;Salvador;Fortaleza;Belo Horizonte;Manaus;Recife;Belém;Bandar Seri Begawan;Sofia;Ouagadougou;Gitega;
Bujumbura;Praia;Phnom Penh;Siem Reap;Yaoundé;Yaounde;Douala;Ottawa;Toronto;Montreal;Vancouver;Bangui;N'Djamena;
Santiago;Valparaíso;Beijing;Shanghai;Tianjin;Chongqing;Guangzhou;Shenzhen;Wuhan;Chengdu;Xi'an=Xi'an;Xian=Xi'an;
Nanjing;Hangzhou;Qingdao;Xiamen;Dalian;Shenyang;Harbin;Changchun;Kunming;Nanning;Urumqi;Ürümqi;Lhasa;Lanzhou;
Xining;Yinchuan;Hohhot;Taiyuan;Shijiazhuang;Jinan;Zhengzhou;Changsha;Nanchang;Fuzhou;Hefei;Guiyang;Haikou;Sanya;
Suzhou;Ningbo;Wuxi;Xiamen;Boao;Kashgar;Horgos;Khorgos;Lianyungang;Yiwu;Bogotá;Bogota;Medellín;Cartagena;Moroni;
Brazzaville;Kinshasa;Goma;Bukavu;Lubumbashi;San José;Abidjan;Yamoussoukro;Zagreb;Havana;Nicosia;Prague;Copenhagen;
Djibouti;Roseau;Santo Domingo;Quito;Guayaquil;Cairo;Alexandria;Sharm El-Sheikh;Sharm el-Sheikh;Luxor;San Salvador;
Malabo;Asmara;Tallinn;Mbabane;Addis Ababa;Mekelle;Suva;Helsinki;Paris;Marseille;Lyon;Strasbourg;Libreville;Banjul;
Tbilisi;Batumi;Berlin;Bonn;Hamburg;Munich;Frankfurt;Cologne;Accra;Kumasi;Athens;Thessaloniki;St. George's;
Guatemala City;Conakry;Bissau;Georgetown;Port-au-Prince;Tegucigalpa;Budapest;Reykjavik;Reykjavík;New Delhi;Delhi;
Mumbai;Kolkata;Chennai;Bengaluru;Bangalore;Hyderabad;Ahmedabad;Goa;Jakarta;Bali;Surabaya;Bandung;Medan;Tehran;
Isfahan;Mashhad;Tabriz;Shiraz;Bandar Abbas;Chabahar;Baghdad;Basra;Mosul;Erbil;Dublin;Jerusalem;Al-Quds;
Al-Quds Al-Sharif;Tel Aviv;Haifa;Rome;Milan;Naples;Turin;Venice;Florence;Genoa;Kingston;Tokyo;Osaka;Kyoto;
Hiroshima;Nagasaki;Yokohama;Amman;Astana;Nur-Sultan;Almaty;Shymkent;Aktau;Atyrau;Karaganda;Aktobe;Turkestan;
Nairobi;Mombasa;Tarawa;Kuwait City;Bishkek;Osh;Cholpon-Ata;Vientiane;Riga;Beirut;Maseru;Monrovia;Tripoli;
Benghazi;Vaduz;Vilnius;Antananarivo;Lilongwe;Kuala Lumpur;Putrajaya;Penang;Malé;Bamako;Valletta;Majuro;
Nouakchott;Port Louis;Mexico City;Guadalajara;Monterrey;Cancún;Palikir;Chisinau;Chișinău;Ulaanbaatar;
Ulan Bator;Podgorica;Rabat;Casablanca;Marrakech;Marrakesh;Tangier;Maputo;Naypyidaw;Nay Pyi Taw;Naypyitaw;Yangon;
Mandalay;Windhoek;Kathmandu;Amsterdam;The Hague;Rotterdam;Wellington;Auckland;Managua;Niamey;Abuja;Lagos;Kano;
Pyongyang;Skopje;Oslo;Muscat;Islamabad;Karachi;Lahore;Peshawar;Quetta;Rawalpindi;Gwadar;Ngerulmud;Ramallah;
Panama City;Port Moresby;Asunción;Asuncion;Lima;Manila;Cebu;Davao;Warsaw;Krakow;Lisbon;Porto;Doha;Bucharest;
Moscow;Saint Petersburg;St. Petersburg;Kazan;Sochi;Vladivostok;Novosibirsk;Yekaterinburg;Nizhny Novgorod;
Samara;Ufa;Chelyabinsk;Omsk;Rostov-on-Don;Krasnodar;Volgograd;Kaliningrad;Murmansk;Irkutsk;Khabarovsk;Grozny;
Makhachkala;Kigali;Basseterre;Castries;Kingstown;Apia;San Marino;São Tomé;Sao Tome;Riyadh;Jeddah;Mecca;Makkah;
Medina;Madinah;Dammam;Dhahran;NEOM;Dakar;Belgrade;Novi Sad;Freetown;Singapore;Bratislava;Ljubljana;
Honiara;Mogadishu;Hargeisa;Kismayo;Pretoria;Johannesburg;Cape Town;Durban;Bloemfontein;Seoul;Busan;Incheon;
Juba;Madrid;Barcelona;Seville;Valencia;Colombo;Kandy;Khartoum;Omdurman;Port Sudan;El Fasher;Nyala;El Geneina;
Paramaribo;Stockholm;Gothenburg;Bern;Geneva;Zurich;Basel;Lausanne;Davos;Damascus;Aleppo;Homs;Idlib;Latakia;
Dushanbe;Khujand;Dodoma;Dar es Salaam;Zanzibar;Arusha;Bangkok;Chiang Mai;Phuket;Dili;Lomé;Lome;Nuku'alofa;
Port of Spain;Tunis;Ankara;Istanbul;Izmir;Antalya;Bursa;Gaziantep;Adana;Trabzon;Ashgabat;Turkmenbashi;Funafuti;
Kampala;Entebbe;Kyiv;Kiev=Kyiv;Kharkiv;Odesa;Odessa;Lviv;Dnipro;Mariupol;Donetsk;Luhansk;Abu Dhabi;Dubai;
Sharjah;London;Manchester;Birmingham;Edinburgh;Glasgow;Belfast;Cardiff;Washington;New York;
Los Angeles;San Francisco;Chicago;Boston;Houston;Miami;Atlanta;Seattle;Philadelphia;Montevideo;Tashkent;
Samarkand;Bukhara;Khiva;Andijan;Namangan;Fergana;Termez;Nukus;Port Vila;Caracas;Hanoi;Ho Chi Minh City;
Da Nang;Haiphong;Sana'a;Sanaa;Aden;Hodeidah;Lusaka;Harare;Bulawayo;Taipei;Kaohsiung;Hong Kong;Macao;
Gaza;Gaza Strip=Gaza;Gaza City;Rafah;Khan Younis;Hebron;Nablus;Jenin;Bethlehem;Pristina;Yerevan;Stepanakert;Sukhumi;Tskhinvali;
Vientiane;Luang Prabang;Kandahar;Herat;Mazar-i-Sharif;Jalalabad;Kunduz;Kathmandu;Pokhara;Chattogram;Sylhet;
Lahore;Multan;Faisalabad;Bishkek;Karakol;Jalal-Abad;Ashkhabad;Kyzylorda;Pavlodar;Semey;Oskemen;Taraz;
Kostanay;Petropavl;Uralsk;Kokshetau;Baikonur;Vladikavkaz;Sevastopol;Simferopol;Tiraspol;Kaunas;Tartu;
Gdansk;Wroclaw;Kosice;Brno;Graz;Salzburg;Innsbruck;Luxembourg;Monaco;Andorra la Vella;Vatican City;Pyeongchang;
Jeju;Gyeongju;Sapporo;Nagoya;Kobe;Fukuoka;Okinawa;Brunei;Kota Kinabalu;Kuching;Johor Bahru;Malacca;Iloilo;
Makassar;Yogyakarta;Semarang;Palembang;Nusa Dua;Labuan Bajo;Siem Reap;Sihanoukville;Battambang;Nha Trang;
Can Tho;Mandalay;Naypyitaw;Chiang Rai;Pattaya;Hat Yai;Kandy;Galle;Jaffna;Trincomalee;Chittagong;Mongla;
Thiruvananthapuram;Kochi;Pune;Jaipur;Lucknow;Varanasi;Amritsar;Srinagar;Bhopal;Patna;Guwahati;Visakhapatnam;
Mangalore;Surat;Nagpur;Indore;Chandigarh;Gandhinagar;Kandla;Mundra;Agra;Kabul;Bamiyan;Zahedan;Qom;Ahvaz;
Kermanshah;Rasht;Bandar Anzali;Najaf;Karbala;Kirkuk;Sulaymaniyah;Fallujah;Ramadi;Kuwait;Salalah;Sohar;Duqm;
Taiz;Marib;Mukalla;Socotra;Benghazi;Misrata;Sirte;Tobruk;Sfax;Sousse;Oran;Tamanrasset;Fez;
Agadir;Laayoune;Dakhla;Nouadhibou;Timbuktu;Kidal;Mopti;Agadez;Zinder;Maradi;Maiduguri;Ibadan;Port Harcourt;
Kaduna;Enugu;Jos;Kumasi;Tamale;Takoradi;Bobo-Dioulasso;Ziguinchor;Saint-Louis;Touba;Kaolack;Kankan;Kenema;
Garowe;Baidoa;Beledweyne;Bosaso;Berbera;Dire Dawa;Bahir Dar;Gondar;Hawassa;Jimma;Kisumu;Eldoret;Gulu;Goma;
Kisangani;Mbandaka;Kananga;Mbuji-Mayi;Bunia;Beni;Uvira;Pointe-Noire;Douala;Garoua;Maroua;Bamenda;Buea;Abéché;
Moundou;Birao;Bria;Bangassou;Malakal;Bor;Wau;Bentiu;Kassala;Gedaref;El Obeid;Kadugli;Atbara;Wad Madani;
Zalingei;Ed Daein;Lobito;Benguela;Huambo;Cabinda;Beira;Nampula;Pemba;Mocímboa da Praia;Blantyre;Mzuzu;Ndola;
Kitwe;Livingstone;Mutare;Francistown;Walvis Bay;Toamasina;Mahajanga;Port Elizabeth;Gqeberha;Kimberley;
Polokwane;Mbombela;Stellenbosch;Soweto;Cox's Bazar;Teknaf;Ukhiya;Noida;Gurugram;Gurgaon
`

/** Canonical city names, and variant spellings mapped to them. */
export const cities: Array<{ name: string; variant: string }> = table
  .split(';')
  .map((item) => item.trim())
  .filter(Boolean)
  .map((item) => {
    const [variant, name] = item.split('=')
    return { variant: variant!.trim(), name: (name ?? variant)!.trim() }
  })
