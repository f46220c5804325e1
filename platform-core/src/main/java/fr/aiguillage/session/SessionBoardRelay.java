package fr.aiguillage.session;

import fr.aiguillage.diagnostic.PersonAnswered;
import fr.aiguillage.tenancy.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The person's answers arrive while their session is under way: the open boards of that session are
 * told (the answers themselves are read by the board, never carried by the event).
 */
@ApplicationScoped
public class SessionBoardRelay {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject Event<SessionBoardChanged> boards;

  void onAnswer(@Observes PersonAnswered a) {
    @SuppressWarnings("unchecked")
    List<Object> held =
        em.createNativeQuery(
                "SELECT s.id FROM session_invitation i JOIN collective_session s"
                    + " ON s.id = i.session_id WHERE i.person_id = ?1 AND s.state = 'HELD'")
            .setParameter(1, a.beneficiaryId())
            .getResultList();
    String tenant = caller.get().requireTenant().value();
    held.forEach(
        id ->
            boards.fire(
                new SessionBoardChanged(tenant, SessionRepository.uuid(id), a.beneficiaryId())));
  }
}
