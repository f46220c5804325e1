package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.aiguillage.orientation.OrientationFile;
import fr.aiguillage.orientation.OrientationState;
import java.util.List;

/**
 * The other steps a decider may take from here, offered only when the lifecycle allows them:
 * address the decided orientation to its structure, send the proposal back to the diagnostic, close
 * the file on exit from the RSA.
 */
class OrientationActions extends HorizontalLayout {
  private final Button refer =
      new Button("Adresser à la structure", VaadinIcon.PAPERPLANE.create());
  private final Button reviewAgain = new Button("Renvoyer au diagnostic");
  private final Button close = new Button("Sortie du RSA");

  OrientationActions(Runnable onRefer, Runnable onReviewAgain, Runnable onClose) {
    setId("orientation-actions");
    setWrap(true);
    getElement().setAttribute("role", "group");
    getElement().setAttribute("aria-label", "Autres étapes de l'orientation");
    refer.setId("refer");
    refer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    refer.addClickListener(click -> onRefer.run());
    reviewAgain.setId("review-again");
    reviewAgain.addClickListener(click -> onReviewAgain.run());
    close.setId("close-orientation");
    close.addThemeVariants(ButtonVariant.LUMO_ERROR);
    close.addClickListener(click -> onClose.run());
    add(refer, reviewAgain, close);
  }

  /** Shows what the lifecycle allows from here; nothing at all for someone who may not decide. */
  void show(OrientationFile file, boolean decider) {
    List<OrientationState> next = file.next();
    refer.setVisible(decider && next.contains(OrientationState.REFERRED));
    // only a proposal goes back to the diagnostic; before it, the diagnostic is still to come
    reviewAgain.setVisible(
        decider
            && file.state() == OrientationState.PROPOSED
            && next.contains(OrientationState.DIAGNOSTIC));
    close.setVisible(decider && next.contains(OrientationState.CLOSED));
    setVisible(refer.isVisible() || reviewAgain.isVisible() || close.isVisible());
  }
}
