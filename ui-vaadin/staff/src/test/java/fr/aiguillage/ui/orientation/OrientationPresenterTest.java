package fr.aiguillage.ui.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.internal.ExecutionContext;
import com.vaadin.flow.internal.StateTree;
import fr.aiguillage.appointment.AppointmentDetails;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.directory.Placement.RankedStructure;
import fr.aiguillage.directory.StructureSummary;
import fr.aiguillage.notification.LetterFile;
import fr.aiguillage.notification.NotificationDetails;
import fr.aiguillage.orientation.Decision;
import fr.aiguillage.orientation.OrientationFile;
import fr.aiguillage.orientation.OrientationState;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrientationPresenterTest {
  private static final UUID PERSON = UUID.randomUUID();
  private static final UUID DIAGNOSTIC = UUID.randomUUID();

  private final TestUi ui = new TestUi();
  private final FakeSource source = new FakeSource();
  private final Recorder screen = new Recorder();

  @BeforeEach
  void aUi() {
    UI.setCurrent(ui);
  }

  @AfterEach
  void noUi() {
    UI.setCurrent(null);
  }

  @Test
  void aDeciderSeesTheFormWithTheProposalsPlacements() {
    source.file = proposed(List.of());
    presenter(true).open(PERSON);

    OrientationPresenter.Shown shown = screen.shown;
    assertThat(shown.deciding()).isTrue();
    assertThat(shown.proposed()).isNotNull();
    assertThat(source.placementsRead).as("the placements of the proposal's diagnostic").isTrue();
    assertThat(ui.errorsShown()).isEmpty();
  }

  @Test
  void someoneWhoCannotDecideNeitherDecidesNorReadsPlacements() {
    source.file = proposed(List.of());
    presenter(false).open(PERSON);

    assertThat(screen.shown.deciding()).isFalse();
    assertThat(source.placementsRead).isFalse();
  }

  @Test
  void refusedReadsAreShownAndTheRestOfTheOrientationStillShows() {
    source.file = proposed(List.of(referral()));
    source.readsRefused =
        new AccessDeniedException("Les rendez-vous sont réservés au département.");

    presenter(true).open(PERSON);

    assertThat(screen.shown).as("the orientation still shows").isNotNull();
    assertThat(screen.shown.appointments()).isEmpty();
    assertThat(screen.shown.notices()).isEmpty();
    assertThat(ui.errorsShown())
        .as("placements, appointments and notices: each refusal said, none swallowed")
        .hasSize(3)
        .allMatch(m -> m.equals("Les rendez-vous sont réservés au département."));
  }

  @Test
  void noAppointmentIsReadBeforeAFirstReferral() {
    source.file = proposed(List.of());
    presenter(true).open(PERSON);

    assertThat(source.appointmentsRead).isFalse();
  }

  @Test
  void aDecisionRefusedOnItsFieldsGoesBackToTheForm() {
    source.file = proposed(List.of());
    OrientationPresenter presenter = presenter(true);
    presenter.open(PERSON);
    source.stepRefused =
        new InvalidInputException(List.of(new FieldError("reason", "Motif obligatoire.")));
    List<FieldError> onForm = new ArrayList<>();

    presenter.decide(new Decision(null, null, null, null), onForm::addAll);

    assertThat(onForm).extracting(FieldError::field).containsExactly("reason");
    assertThat(screen.announced).isEmpty();
  }

  @Test
  void aDecisionOvertakenSaysSoAndOffersToReload() {
    source.file = proposed(List.of());
    OrientationPresenter presenter = presenter(true);
    presenter.open(PERSON);
    source.stepRefused = new ConflictException("version", "Modifiée entre-temps.");

    presenter.decide(new Decision(null, null, null, null), errors -> {});

    assertThat(screen.overtaken).containsExactly("Modifiée entre-temps.");
  }

  @Test
  void aStepDoneClosesItsDialogShowsTheOrientationAndSaysSo() {
    source.file = proposed(List.of());
    OrientationPresenter presenter = presenter(true);
    presenter.open(PERSON);
    Dialog dialog = new Dialog();

    presenter.close(dialog, "Sortie du RSA");

    assertThat(dialog.closed).isTrue();
    assertThat(screen.announced).containsExactly("Dossier d'orientation clos : sortie du RSA.");
    assertThat(screen.displays).as("opened, then after the step").isEqualTo(2);
  }

  @Test
  void aStepRefusedOnItsInputKeepsItsDialogOpen() {
    source.file = proposed(List.of());
    OrientationPresenter presenter = presenter(true);
    presenter.open(PERSON);
    source.stepRefused =
        new InvalidInputException(
            List.of(
                new FieldError("reason", "Motif obligatoire."),
                new FieldError("reason", "300 caractères au plus.")));
    Dialog dialog = new Dialog();

    presenter.reviewAgain(dialog, "");

    assertThat(dialog.closed).isFalse();
    assertThat(dialog.refusal).isEqualTo("Motif obligatoire. 300 caractères au plus.");
  }

  @Test
  void aStepOutOfReachClosesItsDialogAndShowsWhy() {
    source.file = proposed(List.of());
    OrientationPresenter presenter = presenter(true);
    presenter.open(PERSON);
    source.stepRefused = new NotFoundException("Orientation");
    Dialog dialog = new Dialog();

    presenter.reviewAgain(dialog, "À revoir");

    assertThat(dialog.closed).isTrue();
    assertThat(ui.errorsShown()).containsExactly("Orientation introuvable.");
  }

  @Test
  void refusedSlotsAreShownAndNoDialogOpens() {
    OrientationFile proposed = proposed(List.of());
    source.file =
        new OrientationFile(
            proposed.id(),
            PERSON,
            4,
            OrientationState.ACCEPTED,
            OrientationState.ACCEPTED.label(),
            proposed.stateSince(),
            List.of(),
            proposed.proposal(),
            new OrientationFile.Decided("SOCIAL", UUID.randomUUID(), null, null, "agent", null),
            List.of(),
            List.of(referral()),
            null);
    OrientationPresenter presenter = presenter(true);
    presenter.open(PERSON);
    source.readsRefused = new AccessDeniedException("Agenda indisponible.");

    assertThat(presenter.freeSlots(LocalDate.of(2026, 12, 7))).isEmpty();
    assertThat(ui.errorsShown()).contains("Agenda indisponible.");
  }

  @Test
  void aReferralSaysWhenTheAnswerIsDue() {
    OrientationFile referred = proposed(List.of(referral()));
    assertThat(OrientationPresenter.referred(referred))
        .isEqualTo(
            "Orientation adressée à la structure. Réponse attendue avant le 12/03/2025 à 14h05.");
    assertThat(OrientationPresenter.referred(proposed(List.of())))
        .isEqualTo("Orientation adressée à la structure.");
  }

  private OrientationPresenter presenter(boolean decider) {
    return new OrientationPresenter(source, decider, screen);
  }

  private static OrientationFile proposed(List<OrientationFile.ReferralView> referrals) {
    return new OrientationFile(
        UUID.randomUUID(),
        PERSON,
        3,
        OrientationState.PROPOSED,
        OrientationState.PROPOSED.label(),
        Instant.parse("2025-03-01T09:00:00Z"),
        List.of(OrientationState.DECIDED),
        new OrientationFile.Proposed(DIAGNOSTIC, "SOCIAL", null, "r1", false, 1),
        null,
        List.of(),
        referrals,
        null);
  }

  private static OrientationFile.ReferralView referral() {
    return new OrientationFile.ReferralView(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "PLIE",
        "PENDING",
        Instant.parse("2025-03-01T09:00:00Z"),
        Instant.parse("2025-03-12T13:05:00Z"),
        null,
        null,
        null,
        null);
  }

  private static final class Recorder implements OrientationPresenter.Screen {
    OrientationPresenter.Shown shown;
    int displays;
    final List<String> announced = new ArrayList<>();
    final List<String> overtaken = new ArrayList<>();

    @Override
    public void display(OrientationPresenter.Shown shown) {
      this.shown = shown;
      displays++;
    }

    @Override
    public void announce(String message) {
      announced.add(message);
    }

    @Override
    public void overtaken(String message) {
      overtaken.add(message);
    }
  }

  private static final class Dialog implements OrientationPresenter.Asking {
    boolean closed;
    String refusal;

    @Override
    public void close() {
      closed = true;
    }

    @Override
    public void refuse(String message) {
      refusal = message;
    }
  }

  /** The services as the presenter sees them: one orientation, refusals on demand. */
  private static final class FakeSource implements OrientationSource {
    OrientationFile file;
    DomainException readsRefused;
    DomainException stepRefused;
    boolean placementsRead;
    boolean appointmentsRead;

    @Override
    public OrientationFile ofBeneficiary(UUID beneficiaryId) {
      return file;
    }

    @Override
    public OrientationFile get(UUID orientationId) {
      return file;
    }

    @Override
    public List<StructureSummary> directory() {
      return List.of();
    }

    @Override
    public List<RankedStructure> placements(UUID diagnosticId) {
      placementsRead = true;
      return read(List.of());
    }

    @Override
    public List<NotificationDetails> notices(UUID orientationId) {
      return read(List.of());
    }

    @Override
    public List<AppointmentDetails> appointments(UUID orientationId) {
      appointmentsRead = true;
      return read(List.of());
    }

    @Override
    public List<SlotDetails> freeSlots(LocalDate from, LocalDate to, UUID structureId) {
      return read(List.of());
    }

    @Override
    public OrientationFile decide(UUID orientationId, long version, Decision decision) {
      return step();
    }

    @Override
    public OrientationFile refer(UUID orientationId, long version) {
      return step();
    }

    @Override
    public OrientationFile reviewAgain(UUID orientationId, long version, String reason) {
      return step();
    }

    @Override
    public OrientationFile close(UUID orientationId, String reason) {
      return step();
    }

    @Override
    public AppointmentDetails book(UUID orientationId, UUID slotId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public AppointmentDetails cancel(UUID appointmentId, String reason) {
      throw new UnsupportedOperationException();
    }

    @Override
    public AppointmentDetails attendance(UUID appointmentId, String outcome) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void markPrinted(UUID notificationId) {}

    @Override
    public void retry(UUID notificationId) {}

    @Override
    public LetterFile letter(UUID orientationId) {
      throw new UnsupportedOperationException();
    }

    private <T> T read(T answer) {
      if (readsRefused != null) {
        throw readsRefused;
      }
      return answer;
    }

    private OrientationFile step() {
      if (stepRefused != null) {
        throw stepRefused;
      }
      return file;
    }
  }

  /** A UI without a session: what would run before the response to the browser runs on demand. */
  private static final class TestUi extends UI {
    private final List<SerializableConsumer<ExecutionContext>> beforeResponse = new ArrayList<>();

    @Override
    public StateTree.ExecutionRegistration beforeClientResponse(
        Component component, SerializableConsumer<ExecutionContext> execution) {
      beforeResponse.add(execution);
      return () -> beforeResponse.remove(execution);
    }

    List<String> errorsShown() {
      List<SerializableConsumer<ExecutionContext>> due = new ArrayList<>(beforeResponse);
      beforeResponse.clear();
      due.forEach(e -> e.accept(new ExecutionContext(this, false)));
      return getChildren()
          .filter(Notification.class::isInstance)
          .map(n -> n.getElement().getProperty("text"))
          .toList();
    }
  }
}
