package org.casus.extract;

import java.util.ArrayList;
import java.util.List;
import org.casus.extract.LossFinder.Loss;
import org.casus.lexicon.WeaponLexicon;
import org.casus.model.AnnotatedText;
import org.casus.model.Fact;

/**
 * Materiel and damage in one pass: both come from the same figures of lost things, which the
 * pipeline finds once per text and then hands to {@link MaterielExtractor} (equipment) and
 * {@link DamageExtractor} (structures).
 */
public final class LossExtractor implements FactExtractor {
  private final ExtractionLexicons lexicons;
  private final WeaponLexicon weapons;

  public LossExtractor(ExtractionLexicons lexicons, WeaponLexicon weapons) {
    this.lexicons = lexicons;
    this.weapons = weapons;
  }

  @Override
  public List<Fact> extract(AnnotatedText text) {
    List<Loss> losses = new LossFinder(lexicons.of(text.language()), weapons).find(text);
    List<Fact> out = new ArrayList<>(MaterielExtractor.of(losses));
    out.addAll(DamageExtractor.of(losses));
    return out;
  }
}
