/**
 * Dated facts that narrow a report's year. Terms of office and event dates are public record
 * (official biographies, UN/NATO/White House announcements, conference records); compiled by
 * hand for the region this archive covers. Add rows here rather than special cases in code.
 */

/** An office-holder: when the text names them with a matching title, the report falls in a term. */
export interface Term {
  name: string;
  title: RegExp;
  from: string;
  to: string | null;
}

export const TERMS: Term[] = [
  { name: 'George W. Bush', title: /\bpresident\b/i, from: '2001-01-20', to: '2009-01-20' },
  { name: 'Barack Obama', title: /\bpresident\b/i, from: '2009-01-20', to: '2017-01-20' },
  { name: 'Donald Trump', title: /\bpresident\b/i, from: '2017-01-20', to: '2021-01-20' },
  { name: 'Donald Trump', title: /\bpresident\b/i, from: '2025-01-20', to: null },
  { name: 'Joe Biden', title: /\bpresident\b/i, from: '2021-01-20', to: '2025-01-20' },
  { name: 'Hamid Karzai', title: /\bpresident\b/i, from: '2001-12-22', to: '2014-09-29' },
  { name: 'Ashraf Ghani', title: /\bpresident\b/i, from: '2014-09-29', to: '2021-08-15' },
  { name: 'Abdullah Abdullah', title: /\bchief executive\b/i, from: '2014-09-29', to: '2020-03-09' },
  { name: 'Abdullah Abdullah', title: /\bHigh Council for National Reconciliation\b/i, from: '2020-05-17', to: '2021-08-15' },
  { name: 'Nawaz Sharif', title: /\bprime minister\b/i, from: '2013-06-05', to: '2017-07-28' },
  { name: 'Imran Khan', title: /\bprime minister\b/i, from: '2018-08-18', to: '2022-04-10' },
  { name: 'Ban Ki-moon', title: /\bsecretary[- ]general\b/i, from: '2007-01-01', to: '2016-12-31' },
  { name: 'Antonio Guterres', title: /\bsecretary[- ]general\b/i, from: '2017-01-01', to: null },
  { name: 'Jens Stoltenberg', title: /\bsecretary[- ]general\b/i, from: '2014-10-01', to: '2024-10-01' },
  { name: 'Zeid Ra’ad al-Hussein', title: /\bhuman rights\b/i, from: '2014-09-01', to: '2018-08-31' },
  { name: 'Michelle Bachelet', title: /\bhuman rights\b/i, from: '2018-09-01', to: '2022-08-31' },
  { name: 'Volker Türk', title: /\bhuman rights\b/i, from: '2022-10-17', to: null },
  { name: 'Zalmay Khalilzad', title: /\b(?:envoy|special representative)\b/i, from: '2018-09-05', to: '2021-10-18' },
  { name: 'Jen Psaki', title: /\bpress secretary\b/i, from: '2021-01-20', to: '2022-05-13' },
  { name: 'Karine Jean-Pierre', title: /\bpress secretary\b/i, from: '2022-05-13', to: '2025-01-20' },
  { name: 'John Kerry', title: /\bsecretary of state\b/i, from: '2013-02-01', to: '2017-01-20' },
  { name: 'Mike Pompeo', title: /\bsecretary of state\b/i, from: '2018-04-26', to: '2021-01-20' },
  { name: 'Antony Blinken', title: /\bsecretary of state\b/i, from: '2021-01-26', to: '2025-01-20' },
  { name: 'Akhtar Mohammad Mansour', title: /\bleader\b/i, from: '2015-07-29', to: '2016-05-21' },
  { name: 'Hibatullah Akhundzada', title: /\bleader\b/i, from: '2016-05-25', to: null },
];

/**
 * A dated event, recognised when every pattern matches one sentence. It fixes the year when
 * the sentence also gives the event's own month and day, or when it states the relation in `relative`.
 */
export interface DatedEvent {
  event: string;
  days: string[];
  match: RegExp[];
  relative?: { re: RegExp; years: number };
}

export const EVENTS: DatedEvent[] = [
  { event: 'Tokyo Conference on Afghanistan', days: ['2012-07-08'], match: [/\bTokyo\b/, /\bconference\b/i] },
  { event: 'London Conference on Afghanistan', days: ['2014-12-04'], match: [/\bLondon\b/, /\bconference\b/i] },
  { event: 'End of the NATO combat mission (ISAF)', days: ['2014-12-31'], match: [/\b(?:foreign|international|NATO|US-led|coalition) (?:forces|troops)\b/i, /\b(?:departure|withdrawal|withdrew|left|pull-?out|combat mission)\b/i], relative: { re: /\bend of last year\b/i, years: 1 } },
  { event: 'Brussels Conference on Afghanistan', days: ['2016-10-04', '2016-10-05'], match: [/\bBrussels\b/, /\bconference\b/i] },
  { event: 'Geneva Conference on Afghanistan', days: ['2018-11-27', '2018-11-28'], match: [/\bGeneva\b/, /\bconference\b/i] },
  { event: 'US–Taliban agreement signed in Doha', days: ['2020-02-29'], match: [/\bDoha\b/, /\b(?:agreement|deal|accord)\b/i], relative: { re: /\b(?:last year|a year ago|one year ago)\b/i, years: 1 } },
  { event: 'Afghanistan 2020 Conference, Geneva', days: ['2020-11-23', '2020-11-24'], match: [/\bGeneva\b/, /\bconference\b/i] },
  { event: 'Biden–Ghani meeting at the White House', days: ['2021-06-25'], match: [/\bBiden\b/, /\bGhani\b/] },
  { event: 'Kabul airport bombing', days: ['2021-08-26'], match: [/\bKabul\b/, /\bairport\b/i, /\b(?:bomb|bombing|blast|attack)\b/i] },
];
