package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.aiguillage.orientation.OrientationFile.ReferralView;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.Labels;
import java.util.ArrayList;
import java.util.List;

/** The referrals sent to structures: status, sent, answer due, reminded, expired, answered. */
class ReferralsList extends Div {
  private final Paragraph empty = new Paragraph("Aucun adressage à une structure pour l'instant.");
  private final UnorderedList list = new UnorderedList();

  ReferralsList() {
    setId("orientation-referrals");
    addClassName("orientation-block");
    empty.setId("orientation-referrals-empty");
    empty.addClassName("secondary");
    list.setId("orientation-referrals-list");
    add(new H3("Adressages"), empty, list);
  }

  void show(List<ReferralView> referrals, StructureChoices names) {
    list.removeAll();
    empty.setVisible(referrals.isEmpty());
    for (int i = 0; i < referrals.size(); i++) {
      ReferralView r = referrals.get(i);
      ListItem item =
          new ListItem(
              new Span(names.structureName(r.structureId()) + " : "),
              status(r),
              new Span(" — " + dates(r)));
      item.setId("referral-" + i);
      item.getElement().setAttribute("data-status", String.valueOf(r.status()));
      list.add(item);
    }
  }

  private static Span status(ReferralView r) {
    Span status = new Span(Labels.referralStatus(r.status()));
    status.addClassName("referral-status");
    if ("EXPIRED".equals(r.status()) || "REFUSED".equals(r.status())) {
      status.getElement().getThemeList().add("badge");
      status.getElement().getThemeList().add("error");
    }
    return status;
  }

  /** "adressée le 01/03/2025 à 10h00, réponse attendue avant le 11/03/2025 à 10h00, …". */
  static String dates(ReferralView r) {
    List<String> parts = new ArrayList<>();
    parts.add("adressée le " + Formats.at(r.sentAt()));
    if (r.dueAt() != null) {
      parts.add("réponse attendue avant le " + Formats.at(r.dueAt()));
    }
    if (r.remindedAt() != null) {
      parts.add("relancée le " + Formats.at(r.remindedAt()));
    }
    if (r.expiredAt() != null) {
      parts.add("expirée le " + Formats.at(r.expiredAt()));
    }
    if (r.answeredAt() != null) {
      parts.add("réponse le " + Formats.at(r.answeredAt()));
    }
    String text = String.join(", ", parts);
    if (r.answerReason() != null && !r.answerReason().isBlank()) {
      text += " ; motif : " + r.answerReason();
    }
    return text;
  }
}
