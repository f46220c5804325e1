package fr.aiguillage.ui.beneficiary;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.aiguillage.beneficiary.Beneficiaries;
import fr.aiguillage.beneficiary.BeneficiaryDraft;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** Registers a person by hand (most arrive with the CAF flows); then opens their page. */
@Route(value = "personnes/nouvelle", layout = MainLayout.class)
@PageTitle("Nouvelle personne — Aiguillage")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT, Roles.REFERENT})
public class NewBeneficiaryView extends VerticalLayout implements BeforeEnterObserver {
  private static final BeneficiaryDraft EMPTY =
      new BeneficiaryDraft(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null);

  private final Beneficiaries service;
  private final BeneficiaryForm form = new BeneficiaryForm();

  @Inject
  public NewBeneficiaryView(Beneficiaries service) {
    this.service = service;
    H1 title = PageHeading.title("Nouvelle personne");
    add(title, form);
    form.addSaveListener(
        save ->
            Submission.send(form, () -> service.register(save.draft()))
                .ifPresent(
                    created ->
                        UI.getCurrent()
                            .navigate(
                                BeneficiaryView.class, BeneficiaryView.parameters(created.id()))));
    form.addCancelListener(cancel -> UI.getCurrent().navigate(BeneficiariesView.class));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    form.setTerritories(TerritoryOption.of(service.territories()));
    form.show(EMPTY, null);
    form.setEditing(true);
  }
}
