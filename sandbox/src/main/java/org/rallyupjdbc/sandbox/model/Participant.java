package org.rallyupjdbc.sandbox.model;

/**
 * A registered a-thon participant.
 *
 * @param teamName null when not on a team
 * @param unitsCompletedHundredths the sum of the participant's activity results, in 1/100 units
 * @param fundraisingGoalCents null when not set
 * @param unitsGoal null when not set
 */
public record Participant(
    long id,
    Campaign campaign,
    Person person,
    String teamName,
    String registrationOption,
    AthonActivity activity,
    long unitsCompletedHundredths,
    Long fundraisingGoalCents,
    Integer unitsGoal,
    String permanentSlug,
    String friendlySlug,
    String description) {}
