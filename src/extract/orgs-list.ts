/**
 * Organisations and news outlets a report on Afghanistan and its region is likely to name.
 * Compiled by hand from general knowledge (agency style guides, UN/NATO names, Afghan state
 * bodies, armed groups, platforms); not from the seed reports. `outlet` marks agencies and
 * outlets that can be credited as a source. Names and aliases match case-sensitively on
 * word boundaries ("Guardian" the paper, not "guardian" the word).
 */
export interface KnownOrg {
  name: string;
  aliases: string[];
  outlet?: boolean;
}

export const KNOWN_ORGS: KnownOrg[] = [
  // Armed groups and movements
  { name: 'Taliban', aliases: ['Islamic Emirate', 'Islamic Emirate of Afghanistan'] },
  { name: 'Islamic State', aliases: ['Islamic State group', 'ISIS', 'ISIL', 'Daesh', 'Islamic State Khorasan', 'ISIS-K', 'ISKP'] },
  { name: 'al-Qaeda', aliases: ['al Qaeda', 'al-Qaida', 'Al Qaeda', 'Al-Qaeda'] },
  { name: 'Haqqani network', aliases: ['Haqqani Network'] },
  { name: 'Hezb-e-Islami', aliases: ['Hezb-i-Islami', 'Hizb-e-Islami'] },
  { name: 'Tehreek-e-Taliban Pakistan', aliases: ['TTP', 'Pakistani Taliban', 'Tehrik-i-Taliban Pakistan'] },
  { name: 'National Resistance Front', aliases: ['NRF'] },
  // International bodies
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { name: 'United Nations Assistance Mission in Afghanistan', aliases: ['UNAMA', 'UN Assistance Mission in Afghanistan'] },
  { name: 'UN Security Council', aliases: ['Security Council', 'United Nations Security Council'] },
  { name: 'UNHCR', aliases: ['UN refugee agency', 'United Nations High Commissioner for Refugees'] },
  { name: 'UNICEF', aliases: ["United Nations Children's Fund"] },
  { name: 'World Food Programme', aliases: ['WFP', 'World Food Program'] },
  { name: 'World Health Organization', aliases: ['WHO'] },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization'] },
  { name: 'Resolute Support', aliases: ['Resolute Support mission'] },
  { name: 'ISAF', aliases: ['International Security Assistance Force'] },
  { name: 'World Bank', aliases: [] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'Shanghai Cooperation Organization'] },
  // Rights groups and NGOs
  { name: 'Amnesty International', aliases: ['Amnesty'] },
  { name: 'Human Rights Watch', aliases: ['HRW'] },
  { name: 'Médecins Sans Frontières', aliases: ['MSF', 'Doctors Without Borders'] },
  { name: 'International Crisis Group', aliases: ['Crisis Group'] },
  // States' institutions
  { name: 'White House', aliases: [] },
  { name: 'Pentagon', aliases: [] },
  { name: 'State Department', aliases: ['US State Department', 'U.S. State Department'] },
  { name: 'CIA', aliases: ['Central Intelligence Agency'] },
  { name: 'Interior Ministry', aliases: ['Ministry of Interior', 'Ministry of Interior Affairs', 'Afghan Interior Ministry'] },
  { name: 'Defense Ministry', aliases: ['Ministry of Defense', 'Defence Ministry', 'Ministry of Defence'] },
  { name: 'Foreign Ministry', aliases: ['Ministry of Foreign Affairs'] },
  { name: 'Afghan National Defense and Security Forces', aliases: ['ANDSF', 'Afghan National Security and Defense Forces', 'Afghan National Defence and Security Forces'] },
  { name: 'Afghan National Army', aliases: ['ANA'] },
  { name: 'Afghan National Police', aliases: ['ANP'] },
  { name: 'National Directorate of Security', aliases: ['NDS'] },
  { name: 'High Peace Council', aliases: [] },
  { name: 'Inter-Services Intelligence', aliases: ['ISI'] },
  // Platforms
  { name: 'Twitter', aliases: [] },
  { name: 'Facebook', aliases: [] },
  { name: 'YouTube', aliases: [] },
  { name: 'Telegram', aliases: [] },
  { name: 'WhatsApp', aliases: [] },
  // News agencies and outlets
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse'], outlet: true },
  { name: 'Reuters', aliases: [], outlet: true },
  { name: 'AP', aliases: ['Associated Press', 'The Associated Press'], outlet: true },
  { name: 'dpa', aliases: ['DPA', 'Deutsche Presse-Agentur'], outlet: true },
  { name: 'BBC', aliases: ['BBC News', 'British Broadcasting Corporation'], outlet: true },
  { name: 'CNN', aliases: [], outlet: true },
  { name: 'Al Jazeera', aliases: ['Al-Jazeera'], outlet: true },
  { name: 'Guardian', aliases: ['The Guardian'], outlet: true },
  { name: 'New York Times', aliases: ['The New York Times', 'NYT'], outlet: true },
  { name: 'Washington Post', aliases: ['The Washington Post'], outlet: true },
  { name: 'Wall Street Journal', aliases: ['The Wall Street Journal', 'WSJ'], outlet: true },
  { name: 'RFE/RL', aliases: ['Radio Free Europe/Radio Liberty', 'Radio Free Europe'], outlet: true },
  { name: 'Radio Free Afghanistan', aliases: ['Radio Azadi'], outlet: true },
  { name: 'Voice of America', aliases: ['VOA'], outlet: true },
  { name: 'TOLOnews', aliases: ['Tolo News', 'TOLO News', 'Tolonews'], outlet: true },
  { name: 'Ariana News', aliases: [], outlet: true },
  { name: 'Pajhwok Afghan News', aliases: ['Pajhwok'], outlet: true },
  { name: 'Khaama Press', aliases: [], outlet: true },
  { name: 'Xinhua', aliases: [], outlet: true },
  { name: 'Anadolu Agency', aliases: ['Anadolu'], outlet: true },
  { name: 'Sky News', aliases: [], outlet: true },
  { name: 'Deutsche Welle', aliases: ['DW'], outlet: true },
  { name: 'NPR', aliases: [], outlet: true },
  { name: 'Bloomberg', aliases: [], outlet: true },
  { name: 'Financial Times', aliases: ['FT'], outlet: true },
  { name: 'Bakhtar News Agency', aliases: ['Bakhtar'], outlet: true },
];
