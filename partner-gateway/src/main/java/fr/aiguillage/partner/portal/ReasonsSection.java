package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.aiguillage.orientation.PartnerReferrals;
import fr.aiguillage.orientation.PartnerReferrals.ReasonSetting;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.ui.kit.Notices;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Motifs de refus": the reasons the organisation's people choose from when they refuse a referral,
 * in the order offered. A plain list of rows rather than a grid, so that every field is an ordinary
 * labelled field in the tab order. Nothing is saved before "Enregistrer les motifs", which replaces
 * the whole list; the service's refusals go back onto the rows they name.
 */
class ReasonsSection extends Section {
  static final String ID = "reasons-section";

  private final PartnerReferrals referrals;
  private final OrderedList list = new OrderedList();
  private final Paragraph alert = FieldErrors.alert("reasons-alert", "portal-alert");
  private final Button add = new Button("Ajouter un motif", VaadinIcon.PLUS.create());
  private final List<ReasonRow> rows = new ArrayList<>();

  ReasonsSection(PartnerReferrals referrals) {
    this.referrals = referrals;
    setId(ID);
    addClassName("portal-section");
    H2 heading = new H2("Motifs de refus");
    heading.setId(ID + "-title");
    getElement().setAttribute("aria-labelledby", ID + "-title");
    Paragraph explanation =
        new Paragraph(
            "Les motifs proposés à vos collaborateurs quand ils refusent une orientation, dans cet"
                + " ordre ; le département lit le libellé. Décochez « Proposé » pour ne plus offrir"
                + " un motif sans l'effacer. « Autre motif » reste toujours proposé. Le code fait"
                + " de 2 à 40 caractères : majuscules, chiffres, souligné. Rien n'est enregistré"
                + " avant « Enregistrer les motifs ».");
    explanation.setId("reasons-explanation");
    explanation.addClassName("secondary");
    list.setId("reasons-list");
    list.addClassName("reason-list");
    list.getElement().setAttribute("aria-label", "Motifs de refus, dans l'ordre proposé");
    add.setId("reason-add");
    add.addClickListener(click -> addReason());
    Button save = new Button("Enregistrer les motifs", click -> save());
    save.setId("reasons-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout buttons = new HorizontalLayout(add, save);
    buttons.setWrap(true);
    buttons.addClassName("portal-actions");
    add(heading, explanation, alert, list, buttons);
  }

  void reload() {
    List<ReasonSetting> found;
    try {
      found = referrals.refusalReasonSettings();
    } catch (DomainException e) {
      Notices.error(e.getMessage());
      found = List.of();
    }
    show(found);
  }

  private void show(List<ReasonSetting> settings) {
    list.removeAll();
    rows.clear();
    alert.setText("");
    alert.setVisible(false);
    for (int i = 0; i < settings.size(); i++) {
      ReasonRow row =
          new ReasonRow(
              i, settings.size(), settings.get(i), this::moveUp, this::moveDown, this::remove);
      rows.add(row);
      list.add(row);
    }
  }

  /** The list as it now reads on the page. */
  private List<ReasonSetting> settings() {
    return new ArrayList<>(rows.stream().map(ReasonRow::setting).toList());
  }

  private void moveUp(int i) {
    move(i, i - 1);
  }

  private void moveDown(int i) {
    move(i, i + 1);
  }

  private void move(int from, int to) {
    List<ReasonSetting> settings = settings();
    if (to < 0 || to >= settings.size()) {
      return;
    }
    settings.add(to, settings.remove(from));
    show(settings);
    rows.get(to).focusMove(to < from);
  }

  /** The row goes; the focus goes to the one that takes its place, else to "Ajouter un motif". */
  private void remove(int i) {
    List<ReasonSetting> settings = settings();
    settings.remove(i);
    show(settings);
    if (rows.isEmpty()) {
      add.focus();
    } else {
      rows.get(Math.min(i, rows.size() - 1)).focusLabel();
    }
  }

  private void addReason() {
    List<ReasonSetting> settings = settings();
    settings.add(new ReasonSetting("", "", true));
    show(settings);
    rows.get(rows.size() - 1).focusCode();
  }

  private void save() {
    Map<String, HasValidation> fields = new HashMap<>();
    rows.forEach(r -> fields.putAll(r.fields()));
    try {
      referrals.setRefusalReasons(settings());
    } catch (InvalidInputException e) {
      FieldErrors.show(e.errors(), alert, fields, "Les motifs n'ont pas été enregistrés");
      return;
    } catch (DomainException e) {
      Notices.error(e.getMessage());
      return;
    }
    Notices.success("Motifs de refus enregistrés.");
    reload();
  }
}
