/**
 * Word lists the places stage consults. Each list has a rule id that a rejected or qualified
 * toponym records in the debug output, so a wrong decision can be traced to its list.
 */

/** Titles before a person's name: "Mr. Jackson", "Gov. Perry", "President Lincoln". */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father', 'pastor', 'bishop', 'rabbi', 'imam', 'sheikh',
  'president', 'vice', 'premier', 'chancellor', 'minister', 'secretary', 'ambassador', 'envoy', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope',
  'gov', 'governor', 'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'mayor', 'councilman', 'councilwoman', 'commissioner',
  'judge', 'justice', 'sheriff', 'deputy', 'officer', 'detective', 'trooper', 'sgt', 'sergeant', 'lt', 'lieutenant', 'capt', 'captain', 'cpl', 'corporal',
  'pvt', 'private', 'gen', 'general', 'col', 'colonel', 'maj', 'major', 'adm', 'admiral', 'cmdr', 'commander', 'chief', 'coach', 'attorney', 'superintendent',
  'principal', 'director', 'spokesman', 'spokeswoman', 'agent', 'inspector', 'constable', 'marshal', 'supt', 'jr', 'sr',
]);

/** Capitalised at the start of a sentence or in a headline, but never a place on their own. */
export const COMMON_CAPITALISED = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'we', 'they', 'i', 'you', 'his', 'her', 'its', 'our', 'their', 'my', 'your',
  'but', 'and', 'or', 'if', 'when', 'while', 'after', 'before', 'as', 'at', 'in', 'on', 'of', 'for', 'with', 'by', 'from', 'to', 'since', 'during', 'about',
  'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which', 'some', 'many', 'most', 'all', 'no', 'not', 'one', 'two', 'three', 'also', 'however',
  'god', 'lord', 'christmas', 'easter', 'ramadan', 'internet', 'web', 'mass', 'bible', 'congress', 'senate', 'parliament', 'police', 'army', 'navy', 'state',
  'city', 'county', 'university', 'college', 'school', 'church', 'hospital', 'court', 'government', 'republic', 'union', 'center', 'centre', 'news', 'post',
  'times', 'president', 'mayor', 'governor', 'north', 'south', 'east', 'west', 'central', 'national', 'international', 'federal', 'democrat', 'democrats',
  'republican', 'republicans', 'christian', 'muslim', 'jewish', 'catholic', 'islam', 'english', 'spanish', 'arabic', 'french', 'german', 'latin', 'earth',
  'globe', 'sun', 'moon', 'star', 'mars', 'venus', 'mercury', 'jupiter', 'saturn', 'pluto', 'apple', 'google', 'amazon', 'twitter', 'facebook', 'yahoo',
  'ebay', 'reuters', 'nasa', 'ok', 'okay', 'cheers', 'commerce', 'island', 'islands', 'lake', 'river', 'mount', 'bay', 'valley', 'beach', 'creek',
  'harbor', 'harbour', 'port', 'gulf', 'sea', 'ocean', 'hill', 'hills', 'forest', 'desert', 'coast', 'peninsula', 'canyon', 'falls', 'springs', 'much', 'part', 'many', 'more', 'less', 'northwest', 'northeast', 'southwest', 'southeast',
]);

/**
 * Town names that are also common words: believed only with support (a locative preposition, a
 * region after a comma, the article's region), never at the start of a sentence or in a headline.
 */
export const WORDLIKE_NAMES = new Set([
  'mobile', 'reading', 'bath', 'split', 'nice', 'deal', 'worth', 'normal', 'hope', 'victory', 'liberty', 'unity', 'providence', 'concord',
  'faith', 'grace', 'mercy', 'joy', 'patience', 'love', 'peace', 'eden', 'paradise', 'opportunity', 'enterprise', 'commerce', 'industry', 'progress',
  'harmony', 'justice', 'trinity', 'sale', 'dial', 'plain', 'friendship', 'independence', 'freedom', 'union', 'march', 'may', 'chance', 'wise', 'bliss',
  'speed', 'rush', 'marathon', 'orange', 'jackson', 'madison', 'lincoln', 'clinton', 'jefferson', 'franklin', 'hamilton', 'eugene', 'tyler', 'troy',
  'warren', 'marion', 'florence', 'sterling', 'chester', 'vernon', 'milton', 'carter', 'taylor', 'hudson', 'logan', 'mason', 'morgan',
]);

export const MONTHS_AND_DAYS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
]);

/** Words after a place name that make the whole an institution, not a person: "Gainesville Police". */
export const INSTITUTION_HEADS = new Set([
  'police', 'department', 'dept', 'university', 'college', 'school', 'schools', 'high', 'middle', 'elementary', 'academy', 'hospital', 'medical', 'clinic',
  'center', 'centre', 'church', 'council', 'board', 'court', 'airport', 'times', 'post', 'news', 'herald', 'tribune', 'journal', 'daily', 'gazette',
  'chronicle', 'press', 'star', 'sun', 'bank', 'company', 'corp', 'inc', 'association', 'club', 'fire', 'sheriff', "sheriff's", 'public', 'library',
  'museum', 'zoo', 'park', 'street', 'st', 'road', 'rd', 'avenue', 'ave', 'highway', 'hwy', 'boulevard', 'blvd', 'drive', 'lane', 'bridge', 'hall',
  'square', 'station', 'area', 'metro', 'regional', 'community', 'memorial', 'international', 'national', 'federal', 'municipal', 'township', 'borough',
  'village', 'town', 'city', 'government', 'parliament', 'assembly', 'senate', 'legislature', 'mayor', 'governor', 'chamber', 'commission', 'authority',
  'agency', 'office', 'ministry', 'army', 'navy', 'forces', 'guard', 'team', 'county', 'parish', 'state', 'district', 'region', 'province', 'oblast',
  'stadium', 'arena', 'mall', 'market', 'hotel', 'prison', 'jail', 'correctional', 'water', 'electric', 'power', 'housing', 'health', 'planning',
  'city-county', 'superior', 'circuit', 'municipal', 'symphony', 'theatre', 'theater', 'festival', 'fair', 'marathon', 'open', 'declaration', 'accord',
  'accords', 'agreement', 'convention', 'protocol', 'summit', 'conference', 'talks', 'process', 'group', 'club', 'fc', 'united', 'city', 'rangers',
]);

/**
 * Words after a place name that make it part of an institution's name, which says nothing about
 * where things happen: "Kennedy Elementary", "the New York Times", "Cornwall Council".
 */
export const NAMED_INSTITUTIONS = new Set([
  'elementary', 'school', 'schools', 'college', 'university', 'academy', 'institute', 'hospital', 'clinic', 'medical', 'times', 'news', 'post', 'herald',
  'tribune', 'journal', 'gazette', 'chronicle', 'observer', 'telegraph', 'guardian', 'independent', 'council', 'nut', 'harvest', 'brand', 'brands',
]);

/** A place before one of these names a disease or a virus ("West Nile virus", "Marburg virus", "Spanish flu"). */
export const DISEASE_WORDS = new Set(['virus', 'viruses', 'fever', 'flu', 'influenza', 'disease', 'syndrome', 'strain', 'encephalitis', 'hemorrhagic', 'haemorrhagic', 'ebolavirus']);

/** Words before a place name that leave it a place: "Southern California", "downtown Atlanta". */
export const PLACE_MODIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest',
  'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower', 'greater', 'metro', 'metropolitan', 'downtown', 'uptown', 'midtown',
  'rural', 'suburban', 'coastal', 'occupied', 'liberated', 'annexed', 'inner', 'outer', 'old', 'new', 'all', 'mainland', 'upstate', 'downstate',
]);

/** Words after a name that make it a region: "the Kherson region", "Laurel County". */
export const REGION_WORDS = new Set([
  'region', 'regions', 'oblast', 'oblasts', 'province', 'provinces', 'governorate', 'governorates', 'prefecture', 'prefectures', 'state', 'states',
  'territory', 'territories', 'krai', 'kray', 'republic', 'department', 'departments', 'voivodeship', 'emirate', 'canton',
]);

/** US/UK second-level units: the name before them is a county, not a town of that name. */
export const COUNTY_WORDS = new Set(['county', 'counties', 'parish', 'parishes', 'borough', 'district']);

/** Verbs of saying: the bare name next to one is a person ("Baker said", "said Baker"). */
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'asked', 'explained', 'noted', 'stated', 'wrote', 'testified', 'recalled', 'argued', 'insisted', 'warned', 'admitted', 'acknowledged', 'replied', 'agreed', 'believes', 'thinks', 'says.']);

/** Prepositions that introduce a place: a small town after one of them is worth believing. */
export const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'across', 'throughout', 'around', 'toward', 'towards', 'via', 'through', 'between', 'of', 'for', 'visited', 'visiting']);

/** Abbreviations that start place names: "St. Petersburg" is also listed as "Saint Petersburg". */
export const NAME_ABBREVIATIONS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort', pt: 'point' };

/** Lower-case words that may stand inside a place name: "Rio de Janeiro", "Stratford-upon-Avon". */
export const NAME_CONNECTORS = new Set(['of', 'de', 'del', 'da', 'do', 'dos', 'das', 'la', 'le', 'les', 'el', 'al', 'du', 'des', 'upon', 'on', 'the', 'and', 'and', 'y', 'sur', 'am', 'an', 'der', 'im', '-', "'s", '&']);
