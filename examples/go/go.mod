module example.com/yr-meta-mock-go

go 1.19
