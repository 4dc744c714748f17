package org.casus.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casus.extract.LossFinder.Equipment;
import org.casus.extract.LossFinder.Loss;
import org.casus.lexicon.WeaponLexicon;
import org.casus.model.AnnotatedText;
import org.casus.model.Fact;
import org.casus.model.Materiel;
import org.casus.model.Provenance;

/**
 * Equipment destroyed, damaged or captured: a figure (or a single item, "un obusier") of materiel
 * nouns or named systems that the parse ties to a loss word ("a détruit trois obusiers Giatsint B",
 * "two T-72 tanks were destroyed", "plusieurs camions ... détruits"). The system and its category
 * come from the weapon lexicon when the noun phrase names one, else the category from the noun.
 * Munitions destroyed in flight ("missiles abattus") are not materiel.
 */
public final class MaterielExtractor implements FactExtractor {
  private final ExtractionLexicons lexicons;
  private final WeaponLexicon weapons;

  public MaterielExtractor(ExtractionLexicons lexicons, WeaponLexicon weapons) {
    this.lexicons = lexicons;
    this.weapons = weapons;
  }

  @Override
  public List<Fact> extract(AnnotatedText text) {
    return of(new LossFinder(lexicons.of(text.language()), weapons).find(text));
  }

  /** The materiel facts among the losses of a text. */
  static List<Fact> of(List<Loss> losses) {
    List<Fact> out = new ArrayList<>();
    // A headline repeated in the body states one fact, not two.
    Set<List<Object>> keys = new HashSet<>();
    for (Loss loss : losses) {
      if (!(loss.thing() instanceof Equipment e)) {
        continue;
      }
      if (keys.add(List.of(loss.outcome(), loss.quantity().count(), e.system(), e.category(), loss.ownerSide(),
          loss.evidence().text()))) {
        out.add(new Materiel(loss.outcome(), loss.quantity().count(), e.system(), e.category(), loss.ownerSide(),
            Provenance.of(loss.evidence(), loss.confidence())));
      }
    }
    return out;
  }
}
