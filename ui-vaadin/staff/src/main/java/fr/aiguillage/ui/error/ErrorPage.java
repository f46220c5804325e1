package fr.aiguillage.ui.error;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.ui.home.HomeView;
import fr.aiguillage.ui.kit.PageHeading;

/** A plain error page: what happened, what to do, and the way back. */
abstract class ErrorPage extends VerticalLayout {
  private final Paragraph explanation = new Paragraph();

  ErrorPage(String title) {
    addClassName("error-page");
    H1 heading = PageHeading.title(title);
    explanation.setId("error-explanation");
    RouterLink home = new RouterLink("Revenir à l'accueil", HomeView.class);
    home.setId("home-link");
    add(heading, explanation, home);
  }

  void explain(String text) {
    explanation.setText(text);
  }
}
