package fr.aiguillage.questionnaire;

import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The questionnaire in use in the caller's département: the national base, followed by the
 * département's own sections of its latest version (version 0 = the national base alone).
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Questionnaires {
  private static final Type SECTIONS =
      new ArrayList<Section>() {}.getClass().getGenericSuperclass();

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  /** Created on first use, so that the class loads where no JSON-B provider is present. */
  private static final class Json {
    static final Jsonb JSONB = JsonbBuilder.create();
  }

  public Questionnaire current() {
    return latest()
        .map(v -> compose(v.version(), additions(v)))
        .orElse(NationalQuestionnaire.base());
  }

  /** The national base with these additional sections, as version {@code version}. */
  public static Questionnaire compose(int version, List<Section> additions) {
    List<Section> sections = new ArrayList<>(NationalQuestionnaire.base().sections());
    additions.forEach(
        s ->
            sections.add(
                new Section(
                    s.code(),
                    s.title(),
                    false,
                    s.questions().stream()
                        .map(
                            q ->
                                new Question(
                                    q.code(),
                                    q.label(),
                                    q.help(),
                                    q.type(),
                                    q.choices(),
                                    false,
                                    q.askedToPerson(),
                                    q.thematiques()))
                        .toList())));
    return new Questionnaire(version, sections);
  }

  /** Stores the département's additions as its next version (checked by the caller). */
  public Questionnaire store(Questionnaire checked, List<Section> additions, String by) {
    em.persist(
        new QuestionnaireVersion(
            checked.version(), Json.JSONB.toJson(additions, SECTIONS), by, Instant.now()));
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      throw new fr.aiguillage.shared.ConflictException(
          "version",
          "Une autre personne vient d'enregistrer la version "
              + checked.version()
              + " du questionnaire : rechargez la page pour partir de la sienne.");
    }
    return checked;
  }

  public int nextVersion() {
    return latest().map(v -> v.version() + 1).orElse(NationalQuestionnaire.VERSION + 1);
  }

  private java.util.Optional<QuestionnaireVersion> latest() {
    return em.createQuery(
            "SELECT v FROM QuestionnaireVersion v ORDER BY v.version DESC",
            QuestionnaireVersion.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private static List<Section> additions(QuestionnaireVersion v) {
    return Json.JSONB.fromJson(v.sectionsJson(), SECTIONS);
  }
}
