package fr.aiguillage.criteria;

import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.questionnaire.Questionnaires;
import fr.aiguillage.questionnaire.Section;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A département adds its own sections and questions to the national base. The new version must keep
 * every national question, and every rule of the criteria in force (and of the draft) must still
 * type-check against it: a change that would break a published rule is refused.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class QuestionnaireEditor {
  @Inject Questionnaires questionnaires;
  @Inject Criteria criteria;
  @Inject CurrentCaller caller;

  public Questionnaire saveAdditions(List<Section> additions) {
    Caller c = caller.get();
    c.requireDepartementStaff("Le questionnaire est modifié par un administrateur du département.");
    if (!c.hasRole(Roles.TENANT_ADMIN)) {
      throw new AccessDeniedException(
          "Seul un administrateur du département peut modifier le questionnaire.");
    }
    if (additions == null) {
      throw new InvalidInputException(
          "sections", "Envoyez les sections du département : {\"sections\": [...]}.");
    }
    Questionnaire candidate = Questionnaires.compose(questionnaires.nextVersion(), additions);
    candidate.checkExtends(fr.aiguillage.questionnaire.NationalQuestionnaire.base());
    CriteriaVersionDetails inForce = criteria.inForceToday();
    try {
      CriteriaCompiler.compile(inForce.version(), inForce.rules(), candidate);
    } catch (RuleSetRejectedException e) {
      throw new InvalidInputException(
          e.ruleErrors().stream()
              .map(
                  err ->
                      new FieldError(
                          "sections",
                          "Ce changement casserait une règle des critères en vigueur (version "
                              + inForce.version()
                              + ") : "
                              + err.describe()))
              .toList());
    }
    return questionnaires.store(candidate, additions, c.username());
  }
}
