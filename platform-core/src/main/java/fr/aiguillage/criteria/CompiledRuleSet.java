package fr.aiguillage.criteria;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import fr.aiguillage.questionnaire.AnswerType;
import fr.aiguillage.questionnaire.BarrierLevel;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Questionnaire;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A rule table ready to run: rules in order, the first whose condition holds decides. A rule that
 * reads an unanswered question is skipped and reported; the proposal then asks for a closer look.
 * Immutable and safe to share between threads.
 */
public final class CompiledRuleSet {
  /** Counts computed from the barrier answers, available to conditions. */
  public static final List<String> COMPUTED_FACTS = List.of("strong_barriers", "medium_barriers");

  record CompiledRule(Rule rule, CelRuntime.Program program, Set<String> reads) {}

  private final int version;
  private final List<CompiledRule> rules;
  private final List<String> barrierQuestions;
  private final Map<String, AnswerType> types;

  CompiledRuleSet(int version, List<CompiledRule> rules, Questionnaire questionnaire) {
    this.version = version;
    this.rules = List.copyOf(rules);
    this.barrierQuestions =
        questionnaire.questions().stream()
            .filter(q -> q.type() == AnswerType.BARRIER)
            .map(Question::code)
            .toList();
    this.types = questionnaire.variables();
  }

  public int version() {
    return version;
  }

  public List<Rule> rules() {
    return rules.stream().map(CompiledRule::rule).toList();
  }

  /**
   * Proposes a pathway for these answers (question code → Boolean, Long/Integer or String; absent
   * when unanswered) and the person's age (null when unknown).
   */
  public Proposal evaluate(Map<String, ?> answers, Integer age) {
    Map<String, Object> activation = activation(answers, age);
    List<String> missing = new ArrayList<>();
    for (CompiledRule r : rules) {
      Object result;
      try {
        result = r.program().eval(activation);
      } catch (CelEvaluationException e) {
        result = null;
      }
      if (Boolean.TRUE.equals(result)) {
        Rule rule = r.rule();
        Map<String, Object> used = new LinkedHashMap<>();
        r.reads().forEach(v -> used.put(v, activation.get(v)));
        return new Proposal(
            rule.pathway(),
            Optional.ofNullable(rule.targetKind()),
            new FiredRule(rule.code(), rule.explanation(), used),
            missing,
            rule.needsReview() || !missing.isEmpty(),
            version);
      }
      if (!(result instanceof Boolean)) {
        Set<String> absent = new TreeSet<>();
        for (String v : r.reads()) {
          if (!activation.containsKey(v)) {
            absent.addAll(COMPUTED_FACTS.contains(v) ? unansweredBarriers(answers) : List.of(v));
          }
        }
        missing.add(r.rule().code() + " (réponses manquantes : " + String.join(", ", absent) + ")");
      }
    }
    throw new IllegalStateException("a compiled rule set always ends with a catch-all rule");
  }

  private Map<String, Object> activation(Map<String, ?> answers, Integer age) {
    Map<String, Object> a = new HashMap<>();
    answers.forEach(
        (code, value) -> {
          if (value != null && types.containsKey(code)) {
            a.put(code, value instanceof Integer i ? Long.valueOf(i) : value);
          }
        });
    if (age != null) {
      a.put("age", age.longValue());
    }
    if (unansweredBarriers(answers).isEmpty()) {
      long strong =
          barrierQuestions.stream()
              .filter(b -> BarrierLevel.STRONG.name().equals(answers.get(b)))
              .count();
      long medium =
          barrierQuestions.stream()
              .filter(b -> BarrierLevel.MEDIUM.name().equals(answers.get(b)))
              .count();
      a.put("strong_barriers", strong);
      a.put("medium_barriers", medium);
    }
    return a;
  }

  private List<String> unansweredBarriers(Map<String, ?> answers) {
    return barrierQuestions.stream().filter(b -> answers.get(b) == null).toList();
  }
}
