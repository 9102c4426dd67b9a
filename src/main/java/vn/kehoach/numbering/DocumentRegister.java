package vn.kehoach.numbering;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clerk's register of issued numbers: one counter per issuer, document type and period.
 *
 * <p>The counter is incremented by an UPDATE inside the caller's transaction, so its row stays locked until that
 * transaction commits: two issues at the same moment wait for each other (no duplicate), and a rolled-back issue
 * gives its number back (no gap).
 */
@Repository
public class DocumentRegister {

  private final JdbcClient jdbc;
  private final TransactionTemplate separateTransaction;

  public DocumentRegister(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Takes the next number of the period; must run in the transaction that records the issue. */
  @Transactional(propagation = Propagation.MANDATORY)
  public int next(String issuerUnit, String documentType, String period) {
    ensureCounter(issuerUnit, documentType, period);
    jdbc.sql("""
            update document_register set last_number = last_number + 1
            where issuer_unit = :issuer and doc_type = :type and period_key = :period""")
        .param("issuer", issuerUnit).param("type", documentType).param("period", period)
        .update();
    return jdbc.sql("""
            select last_number from document_register
            where issuer_unit = :issuer and doc_type = :type and period_key = :period""")
        .param("issuer", issuerUnit).param("type", documentType).param("period", period)
        .query(Integer.class).single();
  }

  /** The last number taken in the period, 0 if none. */
  public int last(String issuerUnit, String documentType, String period) {
    return jdbc.sql("""
            select last_number from document_register
            where issuer_unit = :issuer and doc_type = :type and period_key = :period""")
        .param("issuer", issuerUnit).param("type", documentType).param("period", period)
        .query(Integer.class).optional().orElse(0);
  }

  /**
   * Creates the period's counter at 0 in a transaction of its own, so that a concurrent creation is a harmless
   * duplicate key instead of an aborted issue.
   */
  private void ensureCounter(String issuerUnit, String documentType, String period) {
    if (last(issuerUnit, documentType, period) > 0) {
      return;
    }
    try {
      separateTransaction.executeWithoutResult(status -> jdbc.sql("""
              insert into document_register (issuer_unit, doc_type, period_key, last_number)
              values (:issuer, :type, :period, 0)""")
          .param("issuer", issuerUnit).param("type", documentType).param("period", period)
          .update());
    } catch (DuplicateKeyException createdByAnotherTransaction) {
      // the counter exists now, which is all we need
    }
  }
}
