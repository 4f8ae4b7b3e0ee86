package no.samarbeidsavtaler.infra.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;

/** Recognises MongoDB's E11000 duplicate-key error in the shapes the driver reports it. */
final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** A single-document write or command (insertOne, findOneAndUpdate with upsert) hit a unique index. */
    static boolean isDuplicateKey(MongoException e) {
        if (e instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        return ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }

    static boolean isDuplicateKey(BulkWriteError error) {
        return error.getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    /** Every failed document of a bulk insert failed on a duplicate key (and nothing else went wrong). */
    static boolean onlyDuplicateKeys(MongoBulkWriteException e) {
        return e.getWriteConcernError() == null
                && e.getWriteErrors().stream().allMatch(DuplicateKeys::isDuplicateKey);
    }
}
