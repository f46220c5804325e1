package fr.aiguillage.notification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's contract not signed yet with its deadline near, fired by the contract context's timer
 * inside its transaction: the body that writes it is told (its structure's address, or else the
 * département's coordination).
 *
 * @param structureEmail the address of the structure the person is oriented to, null if it has none
 */
public record ContractDue(
    UUID orientationId,
    UUID beneficiaryId,
    String structureName,
    String structureEmail,
    LocalDate notifiedOn,
    LocalDate dueOn) {}
