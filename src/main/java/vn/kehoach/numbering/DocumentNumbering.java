package vn.kehoach.numbering;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.organisation.Unit;

/** Gives a document its number and date at issue, by its issuer's own rule. */
@Service
public class DocumentNumbering {

  private final DocumentRegister register;

  public DocumentNumbering(DocumentRegister register) {
    this.register = register;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public DocumentNumber issue(Unit issuer, String documentType, LocalDate issuedOn) {
    if (!issuer.issues()) {
      throw new IllegalStateException("Unit " + issuer.id() + " does not issue documents");
    }
    String period = NumberingRule.period(issuer.issuer(), issuedOn);
    int sequence = register.next(issuer.id(), documentType, period);
    return new DocumentNumber(sequence, NumberingRule.format(issuer.issuer(), documentType, sequence), issuedOn, period);
  }
}
