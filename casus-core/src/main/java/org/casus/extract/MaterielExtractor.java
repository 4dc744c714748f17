package org.casus.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
    LossFinder finder = new LossFinder(lexicons.of(text.language()), weapons);
    // A headline repeated in the body states one fact, not two.
    Set<Materiel> seen = new LinkedHashSet<>();
    Set<List<Object>> keys = new java.util.HashSet<>();
    for (Loss loss : finder.find(text)) {
      if (!(loss.thing() instanceof Equipment e)) {
        continue;
      }
      Materiel m = new Materiel(loss.outcome(), loss.quantity().count(), e.system(), e.category(), loss.ownerSide(),
          Provenance.of(loss.evidence(), loss.confidence()));
      if (keys.add(List.of(m.outcome(), m.count(), m.system(), m.category(), m.ownerSide(), loss.evidence().text()))) {
        seen.add(m);
      }
    }
    return new ArrayList<>(seen);
  }
}
