package org.casus.place;

/**
 * What each piece of evidence is worth when choosing among homonyms. Scores are on the scale of
 * log10(population): one point is a tenfold difference in size, so a context bonus of 3 lets a town
 * of 20,000 named in its own country's context beat a namesake capital of 2 million elsewhere.
 *
 * @param countryPrior a country counts as a place of ~30 million: "Georgia" is the state of that
 *     name unless context says otherwise
 * @param regionPrior a curated or admin1 region counts as ~3 million at most
 * @param admin1BehindNamesake how far an admin1 region stands behind the city that names it
 * @param capitalBonus capitals are named more than their size says
 * @param namedCountry the text names the country or its people ("Liban", "libanais")
 * @param countryOfOtherPlace another place of the text lies in the country
 * @param outsideTextCountries the text names countries, and not the candidate's
 * @param scopeAgreement a place noun says the kind of place ("province de", "city of")
 * @param withinNamedAdmin1 the text also names the candidate's first-level region ("Paris, Texas")
 * @param nearOtherPlace another place of the text lies within {@code nearKm}
 * @param nearKm what counts as near: the span of a front line or a small country's region
 */
public record ResolutionWeights(
    double countryPrior,
    double regionPrior,
    double admin1BehindNamesake,
    double capitalBonus,
    double namedCountry,
    double countryOfOtherPlace,
    double outsideTextCountries,
    double scopeAgreement,
    double withinNamedAdmin1,
    double nearOtherPlace,
    double nearKm) {

  public static final ResolutionWeights DEFAULT =
      new ResolutionWeights(7.5, 6.5, 1.0, 0.5, 3.0, 1.5, 2.0, 4.0, 3.0, 2.0, 300.0);
}
