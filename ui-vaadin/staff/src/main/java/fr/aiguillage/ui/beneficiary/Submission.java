package fr.aiguillage.ui.beneficiary;

import fr.aiguillage.beneficiary.BeneficiaryFile;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.ui.kit.Notices;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Sends a draft to the service and tells the person how it went, on the fields and aloud. */
final class Submission {
  private Submission() {}

  static Optional<BeneficiaryFile> send(BeneficiaryForm form, Supplier<BeneficiaryFile> call) {
    try {
      BeneficiaryFile saved = call.get();
      Notices.success("Dossier enregistré");
      return Optional.of(saved);
    } catch (InvalidInputException e) {
      refused(form, e.errors());
    } catch (ConflictException e) {
      refused(form, List.of(new FieldError(e.field(), e.getMessage())));
    }
    return Optional.empty();
  }

  private static void refused(BeneficiaryForm form, List<FieldError> errors) {
    List<String> unplaced = form.showErrors(errors);
    int fields =
        (int)
            errors.stream().map(FieldError::field).distinct().filter(f -> form.hasField(f)).count();
    Notices.error(FieldErrors.summary("Le dossier n'a pas été enregistré", fields, unplaced));
  }
}
