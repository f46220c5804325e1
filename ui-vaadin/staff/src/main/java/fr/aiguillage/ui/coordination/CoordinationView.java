package fr.aiguillage.ui.coordination;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.aiguillage.orientation.Coordination;
import fr.aiguillage.orientation.ResponseTimes;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * "Suivi des délais", the coordinator's view: per territory the people waiting for an orientation
 * and those beyond the département's target, the referrals left without an answer by the
 * structures, how fast each structure answers, and the referents' caseloads. Read on every visit;
 * the service checks the caller's rights again.
 */
@Route(value = CoordinationView.ROUTE, layout = MainLayout.class)
@PageTitle("Suivi des délais — Aiguillage")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT})
public class CoordinationView extends VerticalLayout implements BeforeEnterObserver {
  public static final String ROUTE = "coordination";

  private final Coordination coordination;
  private final BacklogSection backlog = new BacklogSection();
  private final EscalatedSection escalated = new EscalatedSection();
  private final ResponseTimesSection responses;
  private final CaseloadsSection caseloads = new CaseloadsSection();

  @Inject
  public CoordinationView(Coordination coordination, ResponseTimes responseTimes) {
    this.coordination = coordination;
    this.responses = new ResponseTimesSection(responseTimes::ofLast);
    setId("coordination-view");
    addClassName("coordination-view");
    H1 title = PageHeading.title("Suivi des délais");
    Paragraph explanation =
        PageHeading.explanation(
            "coordination-explanation",
            "Les personnes en attente d'orientation, comptées depuis leur entrée dans les droits"
                + " et devoirs (à défaut, depuis leur demande de RSA). Le délai cible est celui"
                + " fixé dans les paramètres du département.");
    backlog.setWidthFull();
    escalated.setWidthFull();
    responses.setWidthFull();
    caseloads.setWidthFull();
    add(title, explanation, backlog, escalated, responses, caseloads);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    backlog.show(coordination.backlog());
    escalated.show(coordination.escalated());
    responses.show();
    caseloads.show(coordination.caseloads());
  }
}
