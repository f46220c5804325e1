package fr.aiguillage.criteria;

import java.time.LocalDate;
import java.util.List;

/** A criteria version as the edges see it. Version 0 is the national default, never stored. */
public record CriteriaVersionDetails(
    int version,
    String status,
    LocalDate effectiveFrom,
    int questionnaireVersion,
    boolean national,
    List<Rule> rules) {}
