package fr.aiguillage.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.VaadinRequest;
import fr.aiguillage.ui.beneficiary.BeneficiariesView;
import fr.aiguillage.ui.home.HomeView;

/** "/" is the staff's list of people; everyone else is sent to the home page instead. */
class StaffHomeRedirect implements BeforeEnterListener {

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (event.getNavigationTarget() == BeneficiariesView.class
        && event.getLocation().getPath().isEmpty()
        && request != null
        && !StaffAccess.isStaff(request::isUserInRole)) {
      event.forwardTo(HomeView.class);
    }
  }
}
