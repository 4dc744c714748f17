package org.casus.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casus.extract.LossFinder.Loss;
import org.casus.extract.LossFinder.Structure;
import org.casus.lexicon.WeaponLexicon;
import org.casus.model.AnnotatedText;
import org.casus.model.Damage;
import org.casus.model.Fact;
import org.casus.model.Provenance;

/**
 * Buildings and infrastructure destroyed or damaged: a figure (or a single one, "a residential
 * building") of the nouns of the damage lexicon that the parse ties to a loss word ("479 maisons,
 * 66 appartements et 241 bâtiments publics avaient été détruits", "damaged several homes", "98
 * maisons incendiées"). The object class comes from the noun phrase.
 */
public final class DamageExtractor implements FactExtractor {
  private final ExtractionLexicons lexicons;
  private final WeaponLexicon weapons;

  /** @param weapons named systems, so that a phrase naming one is left to materiel */
  public DamageExtractor(ExtractionLexicons lexicons, WeaponLexicon weapons) {
    this.lexicons = lexicons;
    this.weapons = weapons;
  }

  @Override
  public List<Fact> extract(AnnotatedText text) {
    return of(new LossFinder(lexicons.of(text.language()), weapons).find(text));
  }

  /** The damage facts among the losses of a text. */
  static List<Fact> of(List<Loss> losses) {
    List<Fact> out = new ArrayList<>();
    // A headline repeated in the body states one fact, not two.
    Set<List<Object>> keys = new HashSet<>();
    for (Loss loss : losses) {
      if (!(loss.thing() instanceof Structure st)) {
        continue;
      }
      if (keys.add(List.of(loss.outcome(), loss.quantity().count(), st.object(), loss.evidence().text()))) {
        out.add(new Damage(loss.outcome(), loss.quantity().count(), st.object(),
            Provenance.of(loss.evidence(), loss.confidence())));
      }
    }
    return out;
  }
}
