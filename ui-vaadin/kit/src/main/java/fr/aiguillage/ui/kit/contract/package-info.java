/**
 * The contract screen and the contract queues, shared by the staff UI and the partner portal: each
 * face gives a {@link fr.aiguillage.ui.kit.contract.ContractPort} over its own façade.
 */
package fr.aiguillage.ui.kit.contract;
