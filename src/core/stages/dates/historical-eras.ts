/**
 * Named periods and events of the past that news refers to in passing. `year` is the last year
 * of the period (a war's last year), which is what a date of ours can say about it; `value` is a
 * full date for a single day. Names are matched case-insensitively on word boundaries.
 */
export interface HistoricalEra {
  id: string;
  names: string[];
  year: number;
  value?: string;
}

export const HISTORICAL_ERAS: readonly HistoricalEra[] = [
  { id: 'ww1', names: ['the First World War', 'World War I', 'World War One', 'World War 1', 'WWI', 'the Great War'], year: 1918 },
  { id: 'ww2', names: ['the Second World War', 'World War II', 'World War Two', 'World War 2', 'WWII', 'WW2', 'the Great Patriotic War'], year: 1945 },
  { id: 'pearl-harbor', names: ['the attack on Pearl Harbor', 'the Pearl Harbor attack'], year: 1941, value: '1941-12-07' },
  { id: 'd-day', names: ['D-Day'], year: 1944, value: '1944-06-06' },
  { id: 've-day', names: ['V-E Day', 'VE Day', 'Victory Day in Europe'], year: 1945, value: '1945-05-08' },
  { id: 'holocaust', names: ['the Holocaust'], year: 1945 },
  { id: 'great-depression', names: ['the Great Depression'], year: 1939 },
  { id: 'cold-war', names: ['the Cold War'], year: 1991 },
  { id: 'soviet-era', names: ['the Soviet era', 'Soviet times', 'the Soviet period', 'the Soviet years'], year: 1991 },
  { id: 'korean-war', names: ['the Korean War', 'the 1950-53 Korean War', 'the 1950-1953 Korean War'], year: 1953 },
  { id: 'vietnam-war', names: ['the Vietnam War'], year: 1975 },
  { id: 'cultural-revolution', names: ['the Cultural Revolution'], year: 1976 },
  { id: 'six-day-war', names: ['the Six-Day War', 'the 1967 war', 'the 1967 Middle East war'], year: 1967 },
  { id: 'yom-kippur-war', names: ['the Yom Kippur War', 'the 1973 war', 'the 1973 Middle East war', 'the October War'], year: 1973 },
  { id: 'cuban-missile-crisis', names: ['the Cuban Missile Crisis'], year: 1962 },
  { id: 'iran-iraq-war', names: ['the Iran-Iraq War'], year: 1988 },
  { id: 'falklands-war', names: ['the Falklands War'], year: 1982 },
  { id: 'berlin-wall-fall', names: ['the fall of the Berlin Wall'], year: 1989 },
  { id: 'gulf-war', names: ['the Gulf War', 'the 1991 Gulf War', 'the first Gulf War', 'the Persian Gulf War'], year: 1991 },
  { id: 'soviet-collapse', names: ['the collapse of the Soviet Union', 'the breakup of the Soviet Union', 'the fall of the Soviet Union'], year: 1991 },
  { id: 'apartheid-era', names: ['the apartheid era', 'apartheid era'], year: 1994 },
  { id: 'rwandan-genocide', names: ['the Rwandan genocide', 'the 1994 genocide'], year: 1994 },
  { id: 'bosnian-war', names: ['the Bosnian War', 'the 1992-95 war in Bosnia', 'the 1992-1995 Bosnian war'], year: 1995 },
  { id: 'kosovo-war', names: ['the Kosovo War', 'the 1998-99 Kosovo war', 'the 1998-1999 Kosovo war'], year: 1999 },
  { id: 'september-11', names: ['the September 11 attacks', 'the Sept. 11 attacks', 'the 9/11 attacks', 'the attacks of September 11, 2001', '9/11'], year: 2001, value: '2001-09-11' },
  { id: 'iraq-invasion', names: ['the 2003 invasion of Iraq', 'the 2003 U.S.-led invasion of Iraq', 'the U.S.-led invasion of Iraq'], year: 2003 },
  { id: 'middle-ages', names: ['the Middle Ages', 'medieval times'], year: 1500 },
  { id: 'napoleonic-wars', names: ['the Napoleonic Wars'], year: 1815 },
  { id: 'ottoman-era', names: ['the Ottoman era', 'Ottoman times', 'the Ottoman Empire'], year: 1922 },
];
