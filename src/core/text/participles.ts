/**
 * Irregular past participles in -en, bare or with a prefix ("taken", "retaken", "overtaken"):
 * wink sometimes tags or lemmatises the prefixed ones as nouns.
 */
export const EN_PARTICIPLE = /^(?:re|over|under|mis|out|with|up|fore)?(?:taken|given|driven|shaken|written|broken|spoken|beaten|ridden|thrown|drawn|grown|shown|known|sworn|torn|worn|chosen|stolen|frozen|forgotten|hidden|bitten|fallen|eaten|proven|risen|begun)$/;
