// No typo is allowed in a word of four letters or fewer (see allowedEdits), so shorter forms need no neighbourhood.
const MIN_TYPO_LENGTH = 5;

/**
 * The written forms of the list's words, for typo look-up: each key (YEVGENIY and EVGENY share the key
 * "evgeni") and each word as written ("yevgeniy", "evgeny"), every form pointing to the keys it stands for.
 * Typos happen on the written word, so "HOSSFIN" must meet the written "hossein" even though that word's key
 * is the canonical "husain". One-deletion neighbourhoods (SymSpell) make the look-up a few map reads.
 */
export class SpellingForms {
  readonly forms: string[] = [];
  /** Key ids each form stands for. */
  readonly keysOf: number[][] = [];
  /** One-deletion variant → form ids. */
  readonly deletions = new Map<string, number[]>();
  private readonly ids = new Map<string, number>();
  private seen = new Uint32Array(0);
  private round = 0;

  /** Records that `form` is a way of writing key `keyId`. */
  add(form: string, keyId: number): void {
    let id = this.ids.get(form);
    if (id === undefined) {
      id = this.forms.length;
      this.ids.set(form, id);
      this.forms.push(form);
      this.keysOf.push([keyId]);
      return;
    }
    const keys = this.keysOf[id]!;
    if (!keys.includes(keyId)) keys.push(keyId);
  }

  /** The id of a form written exactly so, if the lists have it. */
  idOf(form: string): number | undefined {
    return this.ids.get(form);
  }

  /** Builds the deletion neighbourhoods once every form is added. `fuzzy` says which forms may have typos. */
  index(fuzzy: (form: string) => boolean): void {
    for (let id = 0; id < this.forms.length; id++) {
      const form = this.forms[id]!;
      if (form.length < MIN_TYPO_LENGTH || !fuzzy(form)) continue;
      for (let i = 0; i < form.length; i++) {
        const variant = form.slice(0, i) + form.slice(i + 1);
        const list = this.deletions.get(variant);
        if (list) list.push(id);
        else this.deletions.set(variant, [id]);
      }
    }
  }

  /**
   * Every form within one deletion of `probe` on either side (so one insertion, deletion or substitution,
   * and adjacent transpositions), to be verified by the caller with a real edit distance.
   */
  neighbours(probe: string, visit: (formId: number) => void): void {
    if (probe.length < MIN_TYPO_LENGTH) return;
    if (this.seen.length < this.forms.length) this.seen = new Uint32Array(this.forms.length);
    // Several deletion paths lead to the same form: each is handed over once per look-up.
    const round = ++this.round;
    const { seen } = this;
    const once = (id: number) => {
      if (seen[id] === round) return;
      seen[id] = round;
      visit(id);
    };
    const own = this.deletions.get(probe);
    if (own) for (const id of own) once(id);
    for (let i = 0; i < probe.length; i++) {
      const variant = probe.slice(0, i) + probe.slice(i + 1);
      const direct = this.ids.get(variant);
      if (direct !== undefined) once(direct);
      const list = this.deletions.get(variant);
      if (list) for (const id of list) once(id);
    }
  }
}
