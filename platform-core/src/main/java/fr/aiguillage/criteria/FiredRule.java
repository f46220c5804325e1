package fr.aiguillage.criteria;

import java.util.Map;

/** The rule that decided, its sentence, and the answers it looked at (the "why"). */
public record FiredRule(String code, String explanation, Map<String, Object> answersUsed) {}
