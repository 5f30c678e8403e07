module yr-meta-mock/metamock

go 1.19
