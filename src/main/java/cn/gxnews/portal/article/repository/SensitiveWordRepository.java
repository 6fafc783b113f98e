package cn.gxnews.portal.article.repository;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static cn.gxnews.portal.jooq.Tables.SENSITIVE_WORD;

/** The list of words that keep an article from being submitted. */
@Repository
public class SensitiveWordRepository {

    private final DSLContext db;

    SensitiveWordRepository(DSLContext db) {
        this.db = db;
    }

    public List<String> findAll() {
        return db.select(SENSITIVE_WORD.WORD).from(SENSITIVE_WORD).orderBy(SENSITIVE_WORD.WORD).fetch(SENSITIVE_WORD.WORD);
    }

    /** @return false when the word was on the list already */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean insert(String word, long createdBy) {
        return db.insertInto(SENSITIVE_WORD)
                .set(SENSITIVE_WORD.WORD, word)
                .set(SENSITIVE_WORD.CREATED_BY, createdBy)
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** Returns whether the word was on the list. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean delete(String word) {
        return db.deleteFrom(SENSITIVE_WORD).where(SENSITIVE_WORD.WORD.eq(word)).execute() > 0;
    }
}
