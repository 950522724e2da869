// International and national bodies and news media that official texts name, one a
// line: full name | acronyms and other short names. An acronym listed here is recorded
// as an organization even when the text never spells it out ("the IMF"); the full name
// links an acronym to its expansion when both occur in a text. Bodies whose name has no
// head word ("United Nations", "Xinhua") are recognised only through this list.
const table = `
United Nations|UN;U.N.
United Nations General Assembly|UNGA
United Nations Security Council|UNSC
Economic and Social Council|ECOSOC
International Court of Justice|ICJ
International Criminal Court|ICC
United Nations Educational, Scientific and Cultural Organization|UNESCO
United Nations Children's Fund|UNICEF
United Nations Development Programme|UNDP
United Nations Environment Programme|UNEP
Office of the United Nations Relief and Works Agency for Palestine Refugees in the Near East|UNRWA
United Nations Population Fund|UNFPA
United Nations Human Settlements Programme|UN-Habitat
United Nations Conference on Trade and Development|UNCTAD
United Nations Industrial Development Organization|UNIDO
United Nations Office on Drugs and Crime|UNODC
Office for the Coordination of Humanitarian Affairs|OCHA
Office of the United Nations High Commissioner for Human Rights|OHCHR
Joint United Nations Programme on HIV/AIDS|UNAIDS
United Nations Entity for Gender Equality and the Empowerment of Women|UN Women
Intergovernmental Panel on Climate Change|IPCC
World Health Organization|WHO
World Food Programme|WFP
Food and Agriculture Organization of the United Nations|FAO
Food and Agriculture Organization|FAO
International Labour Organization|ILO
International Labor Organization|ILO
International Maritime Organization|IMO
International Civil Aviation Organization|ICAO
International Telecommunication Union|ITU
World Intellectual Property Organization|WIPO
World Meteorological Organization|WMO
International Atomic Energy Agency|IAEA
International Fund for Agricultural Development|IFAD
World Tourism Organization|UNWTO;UN Tourism
International Organization for Migration|IOM
Universal Postal Union|UPU
International Monetary Fund|IMF
World Bank|WB
International Bank for Reconstruction and Development|IBRD
World Trade Organization|WTO
Organisation for Economic Co-operation and Development|OECD
Organization for Economic Cooperation and Development|OECD
Bank for International Settlements|BIS
Financial Stability Board|FSB
Financial Action Task Force|FATF
African Union|AU
African Union Commission|AUC
European Union|EU
European Commission|EC
European Parliament|EP
Council of Europe|CoE
Association of Southeast Asian Nations|ASEAN
Shanghai Cooperation Organization|SCO
Shanghai Cooperation Organisation|SCO
BRICS|BRICS
Conference on Interaction and Confidence Building Measures in Asia|CICA
Conference on Interaction and Confidence-Building Measures in Asia|CICA
Organisation of Islamic Cooperation|OIC
Organization of Islamic Cooperation|OIC
Gulf Cooperation Council|GCC
Cooperation Council for the Arab States of the Gulf|GCC
League of Arab States|Arab League
Economic Community of West African States|ECOWAS
Southern African Development Community|SADC
East African Community|EAC
Economic Community of Central African States|ECCAS
Intergovernmental Authority on Development|IGAD
Caribbean Community|CARICOM
Pacific Community|SPC
Community of Latin American and Caribbean States|CELAC
Organization of American States|OAS
Southern Common Market|MERCOSUR;Mercosur
Asia-Pacific Economic Cooperation|APEC
Group of Twenty|G20;G-20
Group of Seven|G7;G-7
Group of 77|G77;G-77
Group of 77 and China|G77
North Atlantic Treaty Organization|NATO
Organization for Security and Co-operation in Europe|OSCE
Organization for Security and Cooperation in Europe|OSCE
Collective Security Treaty Organization|CSTO
Commonwealth of Independent States|CIS
Eurasian Economic Union|EAEU;EEU
Eurasian Economic Commission|EEC
Economic Cooperation Organization|ECO
South Asian Association for Regional Cooperation|SAARC
Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation|BIMSTEC
Non-Aligned Movement|NAM
Asian Infrastructure Investment Bank|AIIB
New Development Bank|NDB
Asian Development Bank|ADB
African Development Bank|AfDB
Islamic Development Bank|IsDB
European Bank for Reconstruction and Development|EBRD
European Investment Bank|EIB
Eurasian Development Bank|EDB
International Committee of the Red Cross|ICRC
International Federation of Red Cross and Red Crescent Societies|IFRC
Regional Anti-Terrorist Structure|RATS
Islamic World Educational, Scientific and Cultural Organization|ICESCO
Commonwealth of Nations|Commonwealth
International Criminal Police Organization|INTERPOL;Interpol
European Union Agency for Law Enforcement Cooperation|Europol
Mekong River Commission|MRC
Pacific Islands Forum|PIF
Boao Forum for Asia|BFA
World Economic Forum|WEF
Xinhua News Agency|Xinhua
TASS|TASS
RIA Novosti|RIA Novosti
Reuters|Reuters
Agence France-Presse|AFP
Associated Press|AP
Anadolu Agency|Anadolu
Kazinform|Kazinform
Bernama|Bernama
Antara|Antara
China Daily|China Daily
People's Daily|People's Daily
Global Times|Global Times
China Global Television Network|CGTN
China Central Television|CCTV
British Broadcasting Corporation|BBC
Al Jazeera|Al Jazeera
Kabar|Kabar
UzA|UzA
Khovar|Khovar
Belta|BelTA
Yonhap|Yonhap
Kyodo News|Kyodo
Press Trust of India|PTI
Vietnam News Agency|VNA
`

export interface BodyEntry {
  name: string
  /** Acronyms and other short names. */
  short: string[]
}

/** Every body in the table. */
export const bodies: BodyEntry[] = table
  .trim()
  .split('\n')
  .map((line) => {
    const [name, short] = line.split('|')
    return {
      name: name!.trim(),
      short: (short ?? '')
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean),
    }
  })
