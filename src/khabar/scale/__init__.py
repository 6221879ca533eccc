"""Scale-out: run the same per-article function in-process, in a process pool or on Dask, writing
Parquet (``khabar.parquet/1``) that ``khabar ingest`` loads. Dask is imported only here."""
