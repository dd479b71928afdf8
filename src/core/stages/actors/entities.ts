import type { Entity, EntityType } from '../../model/actor.js';
import type { ActorMention } from './mention.js';

/**
 * Groups mentions into the article's entities: one per dictionary entry (a person, a country,
 * an organisation), and one per country-and-agent pair ("Russia's National Guard"). Mention
 * `entityId`s are rewritten from grouping keys to the entity ids returned here.
 */
export function buildEntities(mentions: ActorMention[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const m of mentions) {
    const key = m.entityId;
    if (!key) continue;
    let e = byKey.get(key);
    if (!e) {
      e = {
        id: `E${byKey.size + 1}`,
        name: m.name ?? m.text,
        type: entityType(m),
        code: m.code || null,
        country: m.country,
        roles: m.roles,
        mentions: [],
        ruleIds: [...new Set(m.ruleIds)],
      };
      byKey.set(key, e);
    }
    // A later, fuller mention names the entity better ("the National Guard" after "Guard").
    if (!m.name && m.basis === 'stated' && m.text.length > e.name.length && e.type !== 'person' && e.type !== 'country') e.name = m.text;
    e.mentions.push({ start: m.start, end: m.end, text: m.text, basis: m.basis });
    m.entityId = e.id;
  }
  return [...byKey.values()];
}

function entityType(m: ActorMention): EntityType {
  switch (m.type) {
    case 'capital':
      return 'country';
    case 'agent':
      return m.person ? 'person' : m.roles.some((r) => r === 'REB' || r === 'INS' || r === 'SEP' || r === 'OPP') ? 'group' : 'organization';
    case 'pronoun':
      return 'person';
    default:
      return m.type;
  }
}
