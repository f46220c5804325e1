package fr.aiguillage.criteria;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelReference;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import fr.aiguillage.questionnaire.AnswerType;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Type-checks a rule table against a questionnaire version with CEL (Common Expression Language):
 * every condition must be a boolean expression over the questionnaire's questions and facts,
 * compare choice questions only with their own answers, and be reachable; the last rule must catch
 * every remaining case. Errors name the rule, the line and column, in French ({@link CelMessages}).
 * Never at run time.
 */
public final class CriteriaCompiler {
  private static final CelOptions OPTIONS = CelOptions.current().build();
  private static final CelRuntime RUNTIME =
      CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS).build();
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,49}");

  private CriteriaCompiler() {}

  public static CompiledRuleSet compile(
      int version, List<Rule> rules, Questionnaire questionnaire) {
    CelCompiler cel = compilerFor(questionnaire);
    List<RuleError> errors = new ArrayList<>();
    List<CompiledRuleSet.CompiledRule> compiled = new ArrayList<>();
    Set<String> codes = new java.util.HashSet<>();
    boolean catchAllSeen = false;
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      String field = "rules[" + i + "]";
      if (rule.code() == null || !CODE.matcher(rule.code()).matches()) {
        errors.add(
            new RuleError(
                i,
                String.valueOf(rule.code()),
                field + ".code",
                0,
                0,
                "le code doit être en minuscules, chiffres et tirets (2 à 50 caractères)."));
      } else if (!codes.add(rule.code())) {
        errors.add(
            new RuleError(
                i,
                rule.code(),
                field + ".code",
                0,
                0,
                "ce code est déjà celui d'une autre règle."));
      }
      if (rule.pathway() == null) {
        errors.add(
            new RuleError(i, rule.code(), field + ".pathway", 0, 0, "choisissez un parcours."));
      }
      for (String[] text :
          new String[][] {
            {"code", rule.code(), "50"},
            {"condition", rule.condition(), String.valueOf(Limits.LONG_TEXT)},
            {"explanation", rule.explanation(), String.valueOf(Limits.REASON)}
          }) {
        if (text[1] != null && text[1].length() > Integer.parseInt(text[2])) {
          errors.add(
              new RuleError(
                  i,
                  rule.code(),
                  field + "." + text[0],
                  0,
                  0,
                  "au plus " + text[2] + " caractères."));
        }
      }
      if (Text.blankToNull(rule.explanation()) == null) {
        errors.add(
            new RuleError(
                i,
                rule.code(),
                field + ".explanation",
                0,
                0,
                "écrivez la phrase qui explique la proposition à la personne et à l'agent."));
      }
      if (catchAllSeen) {
        errors.add(
            new RuleError(
                i,
                rule.code(),
                field + ".condition",
                0,
                0,
                "cette règle ne peut jamais s'appliquer : une règle précédente s'applique déjà à tous les cas."));
      }
      Optional<CelAbstractSyntaxTree> ast =
          check(cel, questionnaire, i, rule, field + ".condition", errors);
      if (ast.isEmpty()) {
        continue;
      }
      Optional<Boolean> constant = constant(ast.get());
      if (constant.equals(Optional.of(Boolean.FALSE))) {
        errors.add(
            new RuleError(
                i,
                rule.code(),
                field + ".condition",
                1,
                1,
                "cette condition est toujours fausse : la règle ne s'appliquerait jamais."));
      }
      catchAllSeen |= constant.equals(Optional.of(Boolean.TRUE));
      try {
        compiled.add(
            new CompiledRuleSet.CompiledRule(
                rule, RUNTIME.createProgram(ast.get()), referencedVariables(ast.get())));
      } catch (CelEvaluationException e) {
        errors.add(
            new RuleError(
                i,
                rule.code(),
                field + ".condition",
                0,
                0,
                "condition impossible à préparer : " + e.getMessage()));
      }
    }
    if (!rules.isEmpty() && !catchAllSeen) {
      errors.add(
          new RuleError(
              rules.size() - 1,
              rules.get(rules.size() - 1).code(),
              "rules[" + (rules.size() - 1) + "].condition",
              0,
              0,
              "la dernière règle doit s'appliquer à tous les cas restants (condition « true »), pour que chaque personne reçoive une proposition."));
    }
    if (rules.isEmpty()) {
      errors.add(new RuleError(0, "-", "rules", 0, 0, "la table de critères est vide."));
    }
    if (!errors.isEmpty()) {
      throw new RuleSetRejectedException(errors);
    }
    return new CompiledRuleSet(version, compiled, questionnaire);
  }

  static CelCompiler compilerFor(Questionnaire q) {
    CelCompilerBuilder b =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(OPTIONS)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .setResultType(SimpleType.BOOL);
    for (Map.Entry<String, AnswerType> v : q.variables().entrySet()) {
      b.addVar(v.getKey(), celType(v.getValue()));
    }
    for (String fact : CompiledRuleSet.COMPUTED_FACTS) {
      b.addVar(fact, SimpleType.INT);
    }
    return b.build();
  }

  private static CelType celType(AnswerType t) {
    return switch (t) {
      case YES_NO -> SimpleType.BOOL;
      case NUMBER -> SimpleType.INT;
      case CHOICE, BARRIER, TEXT -> SimpleType.STRING;
    };
  }

  private static Optional<CelAbstractSyntaxTree> check(
      CelCompiler cel,
      Questionnaire q,
      int index,
      Rule rule,
      String field,
      List<RuleError> errors) {
    if (Text.blankToNull(rule.condition()) == null) {
      errors.add(
          new RuleError(
              index,
              rule.code(),
              field,
              0,
              0,
              "la condition est vide (écrivez « true » pour tous les cas)."));
      return Optional.empty();
    }
    CelValidationResult result = cel.compile(rule.condition());
    if (result.hasError()) {
      for (CelIssue issue : result.getErrors()) {
        errors.add(
            new RuleError(
                index,
                rule.code(),
                field,
                issue.getSourceLocation().getLine(),
                issue.getSourceLocation().getColumn() + 1,
                CelMessages.french(issue.getMessage())));
      }
      return Optional.empty();
    }
    try {
      CelAbstractSyntaxTree ast = result.getAst();
      int before = errors.size();
      checkChoiceLiterals(ast, q, index, rule, field, errors);
      return errors.size() == before ? Optional.of(ast) : Optional.empty();
    } catch (dev.cel.common.CelValidationException e) {
      errors.add(
          new RuleError(index, rule.code(), field, 0, 0, CelMessages.french(e.getMessage())));
      return Optional.empty();
    }
  }

  /** {@code barrier_health == "FORT"} can never hold: the answers are NONE, MEDIUM or STRONG. */
  private static void checkChoiceLiterals(
      CelAbstractSyntaxTree ast,
      Questionnaire q,
      int index,
      Rule rule,
      String field,
      List<RuleError> errors) {
    CelNavigableAst.fromAst(ast)
        .getRoot()
        .allNodes()
        .filter(n -> n.getKind() == CelExpr.ExprKind.Kind.CALL)
        .map(n -> n.expr())
        .filter(
            e ->
                Set.of("_==_", "_!=_", "@in").contains(e.call().function())
                    && e.call().args().size() == 2)
        .forEach(
            call -> {
              CelExpr left = call.call().args().get(0);
              CelExpr right = call.call().args().get(1);
              if (left.getKind() != CelExpr.ExprKind.Kind.IDENT) {
                return;
              }
              Optional<Question> question = q.question(left.ident().name());
              if (question.isEmpty() || question.get().allowedCodes().isEmpty()) {
                return;
              }
              List<String> allowed = question.get().allowedCodes();
              List<CelExpr> literals =
                  right.getKind() == CelExpr.ExprKind.Kind.LIST
                      ? right.list().elements()
                      : List.of(right);
              for (CelExpr literal : literals) {
                if (literal.getKind() == CelExpr.ExprKind.Kind.CONSTANT
                    && literal.constant().getKind()
                        == dev.cel.common.ast.CelConstant.Kind.STRING_VALUE
                    && !allowed.contains(literal.constant().stringValue())) {
                  var location =
                      ast.getSource()
                          .getOffsetLocation(
                              ast.getSource().getPositionsMap().getOrDefault(literal.id(), 0));
                  errors.add(
                      new RuleError(
                          index,
                          rule.code(),
                          field,
                          location.map(l -> l.getLine()).orElse(0),
                          location.map(l -> l.getColumn() + 1).orElse(0),
                          "« "
                              + literal.constant().stringValue()
                              + " » n'est pas une réponse possible à « "
                              + left.ident().name()
                              + " » : la condition ne serait jamais vraie (réponses possibles : "
                              + String.join(", ", allowed)
                              + ")."));
                }
              }
            });
  }

  private static Optional<Boolean> constant(CelAbstractSyntaxTree ast) {
    CelExpr root = ast.getExpr();
    if (root.getKind() == CelExpr.ExprKind.Kind.CONSTANT
        && root.constant().getKind() == dev.cel.common.ast.CelConstant.Kind.BOOLEAN_VALUE) {
      return Optional.of(root.constant().booleanValue());
    }
    return Optional.empty();
  }

  /** The questions and facts a condition reads (macro loop variables excluded). */
  static Set<String> referencedVariables(CelAbstractSyntaxTree ast) {
    Set<String> loopVars =
        CelNavigableAst.fromAst(ast)
            .getRoot()
            .allNodes()
            .filter(n -> n.getKind() == CelExpr.ExprKind.Kind.COMPREHENSION)
            .flatMap(
                n ->
                    Stream.of(
                        n.expr().comprehension().iterVar(), n.expr().comprehension().accuVar()))
            .collect(Collectors.toSet());
    return ast.getReferenceMap().values().stream()
        .filter(ref -> ref.overloadIds().isEmpty() && ref.value().isEmpty())
        .map(CelReference::name)
        .filter(name -> !loopVars.contains(name))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
