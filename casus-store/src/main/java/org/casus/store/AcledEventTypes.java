package org.casus.store;

import java.util.Map;
import java.util.Optional;

/**
 * ACLED's event types and the labels of its sub-event types, for the snake-case sub-event types of
 * the contract. The event type is the family incidents are linked within.
 */
public final class AcledEventTypes {
  public static final String BATTLES = "Battles";
  public static final String REMOTE_VIOLENCE = "Explosions/Remote violence";
  public static final String AGAINST_CIVILIANS = "Violence against civilians";
  public static final String PROTESTS = "Protests";
  public static final String RIOTS = "Riots";
  public static final String STRATEGIC = "Strategic developments";

  /** A sub-event type's ACLED label and event type. */
  public record SubEvent(String label, String eventType) {}

  private static final Map<String, SubEvent> SUB_EVENTS = Map.ofEntries(
      Map.entry("armed_clash", new SubEvent("Armed clash", BATTLES)),
      Map.entry("government_regains_territory", new SubEvent("Government regains territory", BATTLES)),
      Map.entry("non_state_actor_overtakes_territory", new SubEvent("Non-state actor overtakes territory", BATTLES)),
      Map.entry("chemical_weapon", new SubEvent("Chemical weapon", REMOTE_VIOLENCE)),
      Map.entry("air_drone_strike", new SubEvent("Air/drone strike", REMOTE_VIOLENCE)),
      Map.entry("suicide_bomb", new SubEvent("Suicide bomb", REMOTE_VIOLENCE)),
      Map.entry("shelling_artillery_missile_attack", new SubEvent("Shelling/artillery/missile attack", REMOTE_VIOLENCE)),
      Map.entry("remote_explosive_landmine_ied", new SubEvent("Remote explosive/landmine/IED", REMOTE_VIOLENCE)),
      Map.entry("grenade", new SubEvent("Grenade", REMOTE_VIOLENCE)),
      Map.entry("sexual_violence", new SubEvent("Sexual violence", AGAINST_CIVILIANS)),
      Map.entry("attack", new SubEvent("Attack", AGAINST_CIVILIANS)),
      Map.entry("abduction_forced_disappearance", new SubEvent("Abduction/forced disappearance", AGAINST_CIVILIANS)),
      Map.entry("peaceful_protest", new SubEvent("Peaceful protest", PROTESTS)),
      Map.entry("protest_with_intervention", new SubEvent("Protest with intervention", PROTESTS)),
      Map.entry("excessive_force_against_protesters", new SubEvent("Excessive force against protesters", PROTESTS)),
      Map.entry("violent_demonstration", new SubEvent("Violent demonstration", RIOTS)),
      Map.entry("mob_violence", new SubEvent("Mob violence", RIOTS)),
      Map.entry("agreement", new SubEvent("Agreement", STRATEGIC)),
      Map.entry("arrests", new SubEvent("Arrests", STRATEGIC)),
      Map.entry("change_to_group_activity", new SubEvent("Change to group/activity", STRATEGIC)),
      Map.entry("disrupted_weapons_use", new SubEvent("Disrupted weapons use", STRATEGIC)),
      Map.entry("headquarters_or_base_established", new SubEvent("Headquarters or base established", STRATEGIC)),
      Map.entry("looting_property_destruction", new SubEvent("Looting/property destruction", STRATEGIC)),
      Map.entry("non_violent_transfer_of_territory", new SubEvent("Non-violent transfer of territory", STRATEGIC)),
      Map.entry("other", new SubEvent("Other", STRATEGIC)));

  private AcledEventTypes() {}

  public static Optional<SubEvent> of(String subEventType) {
    return Optional.ofNullable(SUB_EVENTS.get(subEventType));
  }

  /** The ACLED event type of a sub-event type ("Battles" for armed_clash); unknown types are their own family. */
  public static String family(String subEventType) {
    return of(subEventType).map(SubEvent::eventType).orElse(subEventType);
  }

  /** Whether an event of this family is one that kills, wounds or destroys, so that a bare toll may belong to it. */
  public static boolean isViolent(String family) {
    return family.equals(BATTLES) || family.equals(REMOTE_VIOLENCE) || family.equals(AGAINST_CIVILIANS)
        || family.equals(RIOTS);
  }
}
