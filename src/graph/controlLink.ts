import { CONTROL_BY_TYPE, CONTROL_ROLE_WORDINGS } from './controlRoles.data.js';
import type { GraphEdge } from './graphTypes.js';

/** Whether a role text speaks of control, and in which voice; `undefined` when it does not. */
export function controlVoice(role: string): 'passive' | 'active' | undefined {
  return CONTROL_ROLE_WORDINGS.find((w) => w.pattern.test(role))?.voice;
}

/**
 * True when an edge, read from its source node's side, says the far party controls the source: the far party is a
 * director of it, owns it in a role worded as control, or a role text says so from the side that stated it.
 * Used by ownership-or-control rules (EU).
 */
export function farPartyControls(edge: GraphEdge): boolean {
  const how = CONTROL_BY_TYPE[edge.type];
  if (how === 'always') return true;
  if (how === 'never' || edge.role === undefined) return false;
  const voice = controlVoice(edge.role);
  if (voice === undefined) return false;
  if (how === 'withControlRole') return true;
  // "controlled by" stated from this side means the far party controls this one; "controls" stated from the far side too.
  return voice === 'passive' ? edge.stated : !edge.stated;
}
