package fr.aiguillage.ui.beneficiary;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fr.aiguillage.beneficiary.BeneficiaryFile;
import fr.aiguillage.ui.kit.Formats;

/**
 * What the CAF's flow last said of the person's right and household, their exit from the RSA if
 * any, and what the département's own list carried; each fact only when known, with where the
 * delays start when a date of the CAF is missing.
 */
class RightBlock extends Div {
  private final DescriptionList facts = new DescriptionList();
  private final Paragraph note = new Paragraph();

  RightBlock() {
    setId("beneficiary-right");
    H2 title = new H2("Droit au RSA et foyer");
    title.setId("beneficiary-right-title");
    getElement().setAttribute("role", "region");
    getElement().setAttribute("aria-labelledby", "beneficiary-right-title");
    note.setId("beneficiary-right-note");
    add(title, note, facts);
  }

  void show(BeneficiaryFile f) {
    facts.removeAll();
    BeneficiaryFile.Right r = f.right();
    if (r.exitDate() != null) {
      fact("Sortie du RSA", Formats.day(r.exitDate()) + " — " + r.exitReason());
    }
    if (r.state() != null) {
      fact(
          "État du droit",
          r.stateLabel()
              + (r.suspensionReason() == null ? "" : " (motif " + r.suspensionReason() + ")")
              + " — flux du "
              + Formats.day(r.flowDate()));
    }
    fact("N° de demande de RSA", r.claimNumber());
    fact("Prestation", r.benefitKind());
    if (r.hasPartner() != null) {
      fact(
          "Foyer",
          (r.hasPartner() ? "en couple" : "seul(e)")
              + ", "
              + (r.children() == null || r.children() == 0
                  ? "sans enfant"
                  : r.children() + (r.children() == 1 ? " enfant" : " enfants")));
    }
    if (Boolean.TRUE.equals(r.entrant())) {
      fact("Entrant", "signalé entrant dans les droits et devoirs par la CAF");
    }
    if (f.birthDate() == null && f.birthMonth() != null) {
      fact(
          "Naissance",
          (f.birthMonth().month() == null
                  ? "en " + f.birthMonth().year()
                  : String.format("%02d/%d", f.birthMonth().month(), f.birthMonth().year()))
              + " (d'après le NIR ; date exacte inconnue)");
    }
    fact("N° de dossier au département", r.departmentFileId());
    fact("Structure indiquée par la liste", r.listedStructure());
    fact("Sur la liste depuis", Formats.day(f.listedOn()));
    note.setText(
        f.rsaClaimDate() != null
            ? ""
            : f.rightsAndDutiesStart() != null
                ? "Date de demande du RSA inconnue : les délais partent de l'entrée dans les droits"
                    + " et devoirs."
                : "Dates de demande et d'entrée dans les droits et devoirs inconnues : les délais"
                    + " partent de l'arrivée sur la liste, le "
                    + Formats.day(f.listedOn())
                    + ".");
    note.setVisible(!note.getText().isEmpty());
  }

  private void fact(String term, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(new Term(term), new Description(value));
    }
  }
}
