-- schema version 1
PRAGMA user_version = 1;
BEGIN TRANSACTION;
CREATE TABLE auditions (
        id INTEGER PRIMARY KEY, provider TEXT, voice TEXT, text TEXT, audio_path TEXT, params TEXT,
        format TEXT,
        sample_rate INTEGER, duration_s REAL, first_audio_s REAL, total_s REAL, characters INTEGER, cost REAL,
        cache_key TEXT, voice_id INTEGER, created TEXT);
INSERT INTO "auditions" VALUES(1,'local','lv-158a43a16737','Hello from my desk.','{home}/auditions/451ef848baeac7d803efc58f.wav','{"format": "wav", "sample_rate": 24000, "volume": 50, "rate": 1.0, "pitch": 1.0}','wav',24000,1.0529583333333334405e+00,1.46110515999998824554e+00,1.46114640799987682839e+00,19,0.0,'451ef848baeac7d803efc58fd1e41e68b86cff3009c75daed4689c1b01b5c140',1,'2026-12-07T08:17:17+00:00');
CREATE TABLE jobs (
        id INTEGER PRIMARY KEY, provider TEXT NOT NULL, remote_id TEXT NOT NULL, kind TEXT, status_raw TEXT,
        status TEXT, model_name TEXT, message TEXT, voice_id INTEGER, history TEXT, extra TEXT, created TEXT,
        updated TEXT, UNIQUE(provider, remote_id));
INSERT INTO "jobs" VALUES(1,'sambert','ft-202611-0001','train','UNDER_REVIEW','review','','trained, waiting for review',NULL,'[{"at": "2026-12-07T08:17:17+00:00", "status_raw": "UNDER_REVIEW", "status": "review", "message": "trained, waiting for review"}]','{}','2026-12-07T08:17:17+00:00','2026-12-07T08:17:17+00:00');
INSERT INTO "jobs" VALUES(2,'tencent','job-77','train','COMPLETED','succeeded','old_model','',4,'[{"at": "2026-12-07T08:17:17+00:00", "status_raw": "COMPLETED", "status": "succeeded", "message": ""}]','{}','2026-12-07T08:17:17+00:00','2026-12-07T08:17:17+00:00');
CREATE TABLE samples (
        id INTEGER PRIMARY KEY, take_id INTEGER REFERENCES takes(id) ON DELETE SET NULL, path TEXT NOT NULL,
        kind TEXT, params TEXT, duration_s REAL, report TEXT, created TEXT);
INSERT INTO "samples" VALUES(1,1,'samples/take-20261101-101010-trimmed.wav','trim','{"start_s": 0.1}',0.0,'{}','2026-12-07T08:17:13+00:00');
CREATE TABLE takes (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL, duration_s REAL, sample_rate INTEGER,
        channels INTEGER, peak_db REAL, rms_db REAL, clip_count INTEGER, overflows INTEGER, warnings TEXT,
        tags TEXT, notes TEXT, source TEXT, trashed INTEGER, script TEXT, line_index INTEGER, created TEXT);
INSERT INTO "takes" VALUES(1,'Desk reading 1','takes/take-20261101-101010.wav',1.15660770975056692577e+01,22050,1,NULL,NULL,0,0,'[]','["desk"]','','recorded',0,'',NULL,'2026-12-07T08:17:13+00:00');
CREATE TABLE voices (
        id INTEGER PRIMARY KEY, provider TEXT NOT NULL, remote_id TEXT NOT NULL, name TEXT, target_model TEXT,
        status_raw TEXT, status TEXT, take_id INTEGER, sample_id INTEGER, tags TEXT, notes TEXT, extra TEXT,
        created TEXT, modified TEXT, synced TEXT, last_audition TEXT, UNIQUE(provider, remote_id));
INSERT INTO "voices" VALUES(1,'local','lv-158a43a16737','Desk voice','local','ready','ready',1,1,'[]','','{"preview": true, "note": "Offline approximation: a synthetic base voice moved towards the sample''s pitch, vocal-tract length, pace and loudness. It is not a clone of the timbre.", "note_zh": "离线近似：用合成基础音色向样本的音高、声道长度、语速和响度靠拢，并非音色克隆。", "profile": {"f0_median_hz": 104.3746, "f0_range_st": 3.4929, "f0_p10_hz": 91.6218, "f0_p90_hz": 112.1041, "formant_spacing_hz": 1010.9392, "formant_scale": 0.9949, "syllable_rate": 5.9184, "rate_scale": 1.1053, "loudness_lufs": -19.8398, "sample_s": 11.5661, "analysed_s": 11.5661, "speech_s": 9.8, "language": "", "version": 1}, "source": {"file_name": "take-20261101-101010.wav", "sha256": "057e285c18a9064f7a5b4a01cceccda79bd1c680fcb1cdb3e561d31b5606fb1a"}}','2026-12-07T08:17:15+00:00','2026-12-07T08:17:15+00:00','2026-12-07T08:17:15+00:00','');
INSERT INTO "voices" VALUES(2,'cosyvoice','cosyvoice-v2-booth-0123456789abcdef0123456789abcdef','booth','cosyvoice-v2','OK','ready',NULL,NULL,'[]','','{}','2026-12-07T08:17:17+00:00','2026-12-07T08:17:17+00:00','','');
INSERT INTO "voices" VALUES(3,'cosyvoice','cosyvoice-oldbooth-0123456789abcdef0123456789abcdef','oldbooth','','DEPLOYING','pending',NULL,NULL,'[]','','{}','2026-12-07T08:17:17+00:00','2026-12-07T08:17:17+00:00','','');
INSERT INTO "voices" VALUES(4,'tencent','old_model','old_model','old_model','COMPLETED','ready',NULL,NULL,'[]','','{"job": "job-77"}','2026-12-07T08:17:17+00:00','2026-12-07T08:17:17+00:00','','');
CREATE INDEX auditions_cache ON auditions(cache_key);
CREATE INDEX voices_provider ON voices(provider, status);
COMMIT;
